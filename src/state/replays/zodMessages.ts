// The validator speaks the game's words: every zod issue's message, in every release's rules (they
// share this one zod), is built by issueText from the issue's code and the schema's own limits,
// never from zod's English nor from the input (whose keys an attacker chooses). Loaded with the
// first replay checked (src/release/load.ts), as zod is.
import { z } from 'zod';
import { issueText, type IssueLike } from './messages';

z.config({ customError: (iss) => issueText(iss as IssueLike) });

export const installed = true;
