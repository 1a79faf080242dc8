// The whole French catalog in one object, for the tests and the checks (the page loads it in two
// chunks: ./fr.ts when French is chosen, ./fr-reading.ts just after).
import type { MessageId } from './en';
import { fr as page } from './fr';
import { frReading } from './fr-reading';

export const fr: Record<MessageId, string> = { ...page, ...frReading };
