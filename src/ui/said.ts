// The render model's sentences (src/state/view/said.ts: a message id and its values) written in the
// reader's language: actors with their French forms (« à la Russie »), issues and scale points by
// their French names, numbers with the locale's decimal separator. Pure (no DOM): the CLI writes its
// French log with it too.
import type { Said, SaidValue } from '../state/view';
import { actorArgs, dataText, intlLocale, issueName, list, scaleText, t, type MessageId, type Values } from '../i18n';

/**
 * A number to `digits` decimals as toFixed rounds it (so the English reads exactly as the render
 * model's own text), with the locale's decimal separator ("0.35", "0,35").
 */
export function fixedText(x: number, digits: number): string {
  const point = new Intl.NumberFormat(intlLocale()).formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return x.toFixed(digits).replace('.', point);
}

function one(v: SaidValue): string {
  // An actor among others takes its article in French (« la Jordanie, les États-Unis »).
  const all = args('x', v);
  const out = typeof v === 'object' && 'actor' in v ? all.x_le : all.x;
  return typeof out === 'number' ? String(out) : (out ?? '');
}

/** A value as the message's arguments (an actor gives its name and its French forms). */
function args(key: string, v: SaidValue): Values {
  // The data's own words (an event's title, a term's reason): French when the table has them.
  if (typeof v === 'string') return { [key]: dataText(v) };
  if (typeof v === 'number') return { [key]: v };
  if ('id' in v) return { [key]: write(v) };
  if ('fixed' in v) {
    const { fixed: x, digits, sign } = v;
    if (!sign) return { [key]: fixedText(x, digits) };
    if (sign === 'neg') return { [key]: fixedText(x, digits).replace('-', '\u2212') };
    // 'hyphen' (before 1.8): "+" before a positive number, nothing before zero, and one minus sign (U+2212) everywhere.
    if (sign === 'hyphen') return { [key]: `${x > 0 ? '+' : ''}${fixedText(x, digits).replace('-', '\u2212')}` };
    return { [key]: `${x >= 0 ? '+' : '\u2212'}${fixedText(Math.abs(x), digits)}` };
  }
  if ('actor' in v && v.you)
    return {
      [key]: t(v.you === 'You' ? 'said.You' : 'said.you'),
      [`${key}_le`]: t('said.you'),
      [`${key}_Le`]: t('said.You'),
      [`${key}_a`]: t('said.toYou'),
      [`${key}_de`]: t('said.ofYou'),
      [`${key}_n`]: 'you',
    };
  if ('actor' in v) return actorArgs(key, v.actor, v.name);
  if ('issue' in v) return { [key]: issueName(v.issue, v.name) };
  if ('scale' in v) return { [key]: scaleText(v.scale, v.index, v.label) };
  // In a list an actor takes its article in French (« la Russie et l’Iran »).
  if ('list' in v)
    return {
      [key]: list(
        v.list.map((x) => (typeof x === 'object' && 'actor' in x ? actorArgs('x', x.actor, x.name).x_le! : one(x))),
      ),
    };
  return { [key]: v.join.map(one).join(t(v.sep as MessageId)) };
}

/** A sentence of the render model in the reader's language. */
export function write(s: Said): string {
  const values: Values = {};
  for (const [k, v] of Object.entries(s.values ?? {})) Object.assign(values, args(k, v));
  return t(s.id as MessageId, values);
}
