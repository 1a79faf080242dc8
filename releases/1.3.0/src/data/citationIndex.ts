// For every paragraph the scenario cites, what it supports: the topics that retell it and the model
// values read off it. The sources panel lists them, so a student can go from a number to its paragraph
// and back.
import { externalRef, paragraphRef } from './refs';
import type { Citation, Scenario, Sourced } from './schema';

export interface CitedParagraph {
  ref: string;
  article: string;
  paragraph: number;
  /** Topics (opening briefing and sources panel) that retell this paragraph. */
  topics: { id: string; title: string }[];
  /** Model values read off it, in words. */
  uses: string[];
  /** Short words that the tests check appear in the paragraph. */
  quotes: string[];
}

/** What an outside source supports: "Event" on a date with its title, "What happened" on a date, "Glossary" with a term. */
export interface ExternalUse {
  what: string;
  /** ISO; the page writes it as people read it. */
  date?: string;
  title?: string;
}

export interface CitedExternal {
  ref: string;
  id: string;
  uses: ExternalUse[];
}

export function citationIndex(s: Scenario): { paragraphs: CitedParagraph[]; external: CitedExternal[] } {
  const byRef = new Map<string, CitedParagraph>();
  const entry = (c: Citation): CitedParagraph => {
    const ref = paragraphRef(c.article, c.paragraph);
    let e = byRef.get(ref);
    if (!e) byRef.set(ref, (e = { ref, article: c.article, paragraph: c.paragraph, topics: [], uses: [], quotes: [] }));
    if (c.quote && !e.quotes.includes(c.quote)) e.quotes.push(c.quote);
    return e;
  };
  const use = (c: Citation | undefined, text: string) => {
    if (c) entry(c).uses.push(text);
  };
  const sourced = (v: Sourced, text: string) => {
    if ('source' in v) use(v.source, `${text}: ${v.note}`);
  };
  for (const t of [...s.opening, ...s.topics])
    for (const c of t.sources) entry(c).topics.push({ id: t.id, title: t.title });
  const name = new Map(s.actors.map((a) => [a.id, a.name]));
  const issue = new Map(s.issues.map((i) => [i.id, i.name]));
  for (const a of s.actors) {
    for (const [id, st] of Object.entries(a.stances)) {
      sourced(st.position, `${a.name}, position on ${issue.get(id) ?? id}`);
      sourced(st.salience, `${a.name}, how much ${issue.get(id) ?? id} matters`);
    }
    for (const c of a.constraints) use(c.source, `${a.name}, red line on ${issue.get(c.issue) ?? c.issue}: ${c.why}`);
    sourced(a.capability, `${a.name}, weight in the war`);
    sourced(a.threat, `${a.name}, threat felt from ISIS`);
    sourced(a.commitment, `${a.name}, commitment at the start`);
  }
  for (const t of s.trust.entries)
    use(t.source, `Trust, ${name.get(t.from) ?? t.from} toward ${name.get(t.to) ?? t.to}: ${t.why}`);
  const paragraphs = [...byRef.values()].sort(
    (a, b) => a.article.localeCompare(b.article) || a.paragraph - b.paragraph,
  );
  const external = s.externalSources.map((x) => ({
    ref: externalRef(x.id),
    id: x.id,
    uses: [
      ...s.events.filter((e) => e.sources.includes(x.id)).map((e) => ({ what: 'Event', date: e.date, title: e.title })),
      ...s.history.filter((h) => h.sources.includes(x.id)).map((h) => ({ what: 'What happened', date: h.date })),
      ...s.glossary.filter((g) => g.sources?.includes(x.id)).map((g) => ({ what: 'Glossary', title: g.term })),
    ],
  }));
  return { paragraphs, external };
}
