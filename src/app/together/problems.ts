// What the class server refuses, in the reader's language: the server answers with an English
// `error` (its log and its tests read it) and a `code` with the values the page needs to say it
// in French as well (server/classServer.ts). An answer without a known code shows its English.
import { actorName, list, t, type MessageId } from '../../i18n';

export interface ServerRefusal {
  error?: string;
  code?: string;
  table?: string;
  role?: string;
  roles?: string[];
}

const ROLE_NAMES: Record<string, string> = { FRA: 'France', USA: 'United States', RUS: 'Russia' };
/** A role's name in the reader's language (its id when the scenario has no such actor). */
export const roleName = (id: string): string => actorName(id, ROLE_NAMES[id] ?? id);

/** The server's refusal in words, or `fallback` when the server did not answer. */
export function serverProblem(body: ServerRefusal | null, fallback: MessageId): string {
  if (!body) return t(fallback);
  if (body.code === 'unknown-table') return t('class.unknownTable', { code: body.table ?? '' });
  if (body.code === 'no-role')
    return t('class.noRole', {
      code: body.table ?? '',
      role: body.role ?? '',
      roles: list(body.roles ?? []),
    });
  if (body.code === 'teacher-key') return t('teacher.wrongKey');
  return body.error ?? t(fallback);
}
