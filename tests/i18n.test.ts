// The interface in two languages (issue 26): the English and French catalogs have the same message
// ids with the same arguments, every message is valid ICU, every id is one the code uses (none
// unused, none missing: the compiler checks the ids the code names), the French follows French
// typography, dates and numbers follow the locale. That the language never reaches a
// game is the walls' (tests/walls.test.ts) and the French browser test's (tests/e2e/french.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../src/i18n/messages/en';
import { fr } from '../src/i18n/messages/french';
import { frenchPairs, frScenario } from '../src/data/fr/fr-scenario';
import { frReadingRoom } from '../src/data/fr/fr-guide';
import { frDebrief } from '../src/data/fr/fr-debrief';
import { loadScenario } from '../src/data/load';
import { termSlug } from '../src/data/refs';
import { guide } from '../src/data/guide';
import { background } from '../src/data/background';
import { provenance } from '../src/data/provenance';
import { OUTCOME_LABEL } from '../src/state/rules/model/outcome';
import {
  actorArgs,
  actorName,
  countryName,
  dataText,
  glossaryEntry,
  list,
  useScenarioTexts,
  localeInAddress,
  outcomeLabel,
  setLocale,
  startingLocale,
  t,
  withoutLang,
  type MessageId,
} from '../src/i18n';
import { change, count, dayDate, longDate, points } from '../src/presentation/format';

const ids = Object.keys(en) as MessageId[];

/** The names of a message's arguments, through plurals and selects. */
function args(ast: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const o of Object.values(el.options)) args(o.value, into);
    }
  }
  return into;
}

/** Every .ts file under a folder (src, scripts: the CLI's log), but the catalogs themselves. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return p.includes(join('i18n', 'messages')) ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

afterEach(() => setLocale('en'));

describe('the catalogs', () => {
  it('have the same ids in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual([...ids].sort());
  });

  it('are valid ICU with the same arguments in both languages', () => {
    // An actor's name may be written in French in its grammatical forms (src/i18n/scenario.ts's
    // actorArgs: {name_le}, {name_Le}, {name_a}, {name_de}): they count as the argument {name}.
    const base = (x: string) => x.replace(/_(le|Le|a|de|n)$/, '');
    for (const id of ids) {
      const a = [...args(parse(en[id]))].sort();
      const b = [...new Set([...args(parse(fr[id]))].map(base))].sort();
      expect(b, id).toEqual(a);
      // English never needs them: its names take no article in front of a preposition.
      expect(
        a.filter((x) => base(x) !== x),
        id,
      ).toEqual([]);
    }
  });

  it('hold no id the code does not use', () => {
    const code = [...sources(join(__dirname, '..', 'src')), ...sources(join(__dirname, '..', 'scripts'))]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = ids.filter((id) => !code.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });

  it('write French as French typography asks: no plain space before : ; ! ?, guillemets, no straight quotes', () => {
    for (const id of ids) {
      const s = fr[id];
      expect(s, id).not.toMatch(/ [:;!?%]/);
      expect(s, id).not.toMatch(/["\u201c\u201d']/);
      expect(s, id).not.toMatch(/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
      // A colon or a punctuation mark right after a word (no space at all) is as wrong.
      expect(s, id).not.toMatch(/[\p{L}\p{N})}][:;!?](?!\/)/u);
    }
  });
});

describe('formatting in the current language', () => {
  it('formats messages, plurals, lists, dates and numbers in English', () => {
    expect(t('topbar.ap', { ap: 2, max: 3 })).toBe('Action points: 2 of 3');
    expect(t('main.diplomacySaid', { ap: 1 })).toBe('Diplomacy. 1 action point.');
    expect(t('main.diplomacySaid', { ap: 3 })).toBe('Diplomacy. 3 action points.');
    expect(dayDate('2015-11-17')).toBe('Tue 17 Nov 2015');
    expect(points(56.1)).toBe('56.1');
    expect(list(['France', 'Russia', 'the United States'])).toBe('France, Russia and the United States');
  });

  it('formats them in French once French is chosen, and back', async () => {
    await setLocale('fr');
    expect(t('topbar.ap', { ap: 2, max: 3 })).toBe('Points d\u2019action\u00a0: 2 sur 3');
    expect(t('main.diplomacySaid', { ap: 1 })).toBe('Diplomatie. 1 point d\u2019action.');
    expect(t('main.diplomacySaid', { ap: 3 })).toBe('Diplomatie. 3 points d\u2019action.');
    expect(t('checklist.head', { met: 0, total: 5 })).toBe('Votre objectif\u00a0: 0 condition remplie sur 5');
    expect(dayDate('2015-11-17')).toBe('mar. 17 nov. 2015');
    expect(longDate('2015-12-28')).toBe('28 d\u00e9c. 2015');
    expect(points(56.1)).toBe('56,1');
    expect(change(-1.2)).toBe('\u22121,2');
    expect(count(1139)).toMatch(/^1[\u00a0\u202f]139$/);
    expect(list(['la France', 'la Russie', 'les \u00c9tats-Unis'])).toBe('la France, la Russie et les \u00c9tats-Unis');
    await setLocale('en');
    expect(dayDate('2015-11-17')).toBe('Tue 17 Nov 2015');
  });
});

describe('choosing the language', () => {
  it('reads it from an address, the device, then the browser', () => {
    expect(localeInAddress('?lang=fr', '')).toBe('fr');
    expect(localeInAddress('', '#replay=abc&lang=fr')).toBe('fr');
    expect(localeInAddress('?lang=fr', '#lang=en')).toBe('en');
    expect(localeInAddress('?lang=de', '')).toBeNull();
    const none = { search: '', hash: '' };
    expect(startingLocale({ ...none, stored: null, browser: ['fr-CA', 'en'] })).toBe('fr');
    expect(startingLocale({ ...none, stored: 'en', browser: ['fr-FR'] })).toBe('en');
    expect(startingLocale({ ...none, stored: null, browser: ['de-DE', 'it'] })).toBe('en');
    expect(startingLocale({ search: '?lang=fr', hash: '', stored: 'en', browser: [] })).toBe('fr');
  });

  it('takes lang= out of a fragment and leaves the replay or the page it names', () => {
    expect(withoutLang('#replay=abc$-+&lang=fr')).toBe('#replay=abc$-+');
    expect(withoutLang('#lang=fr&guide')).toBe('#guide');
    expect(withoutLang('#lang=fr')).toBe('');
    expect(withoutLang('#sources')).toBe('#sources');
  });
});

describe('the scenario in French (src/data/fr/fr-scenario.ts)', () => {
  const s = loadScenario();
  it('names every actor, role, issue and outcome of the scenario, and nothing else', () => {
    expect(Object.keys(frScenario.actors).sort()).toEqual(s.actors.map((a) => a.id).sort());
    expect(Object.keys(frScenario.the).sort()).toEqual(s.actors.map((a) => a.id).sort());
    // Each name with its article is that name.
    for (const a of s.actors) expect(frScenario.the[a.id], a.id).toContain(frScenario.actors[a.id]!.replace(/^G/, 'g'));
    expect(Object.keys(frScenario.roles).sort()).toEqual(s.roles.map((r) => r.actor).sort());
    expect(Object.keys(frScenario.issues).sort()).toEqual(s.issues.map((i) => i.id).sort());
    for (const i of s.issues) expect(frScenario.issues[i.id]!.scale, i.id).toHaveLength(i.scale.length);
    expect(Object.keys(frScenario.outcomes).sort()).toEqual(Object.keys(OUTCOME_LABEL).sort());
  });

  it('gives every longer text of the scenario its French, by id, and holds no French for an id the data lacks', () => {
    const keys = (o: object) => Object.keys(o).sort();
    const has = (x: unknown) => x !== undefined;
    // The dated events: title and summary; what happens otherwise, the decision's question and the
    // veto's, each exactly where the English has one.
    expect(keys(frScenario.events)).toEqual(s.events.map((e) => e.id).sort());
    for (const e of s.events) {
      const f = frScenario.events[e.id]!;
      expect(has(f.otherwise), `${e.id} otherwise`).toBe(has(e.otherwise));
      expect(has(f.decide), `${e.id} decide`).toBe(has(e.decide));
      expect(has(f.veto), `${e.id} veto`).toBe(has(e.veto));
      if (e.veto) expect(keys(f.veto!.by), `${e.id} veto`).toEqual(keys(e.veto.by));
    }
    expect(keys(frScenario.randomEvents)).toEqual(s.randomEvents.map((e) => e.id).sort());
    expect(keys(frScenario.briefing)).toEqual([...s.opening, ...s.topics].map((b) => b.id).sort());
    for (const b of [...s.opening, ...s.topics])
      expect(has(frScenario.briefing[b.id]!.record), b.id).toBe(has(b.record));
    expect(keys(frScenario.actorTexts)).toEqual(s.actors.map((a) => a.id).sort());
    expect(keys(frScenario.notes)).toEqual(s.actors.map((a) => a.id).sort());
    for (const a of s.actors) {
      expect(has(frScenario.actorTexts[a.id]!.outside), a.id).toBe(has(a.outside));
      expect(keys(frScenario.notes[a.id]!), a.id).toEqual(keys(a.stances));
    }
    expect(keys(frScenario.roleTexts)).toEqual(s.roles.map((r) => r.actor).sort());
    for (const r of s.roles) {
      const f = frScenario.roleTexts[r.actor]!;
      expect(keys(f.endings), r.actor).toEqual(keys(r.endings));
      expect(f.questions, r.actor).toHaveLength(r.questions.length);
      expect(f.terms, r.actor).toHaveLength(r.terms.length);
    }
    // The debrief's texts, in their own chunk: the checkpoints, 2015's history, the questions, and
    // why each act of 2015 depended on its conditions (in the order of its `when`).
    expect(keys(frDebrief.checkpoints)).toEqual(s.checkpoints.map((c) => c.id).sort());
    expect(keys(frDebrief.history)).toEqual(s.history.map((h) => h.date).sort());
    expect(frDebrief.debriefQuestions).toHaveLength(s.debriefQuestions.length);
    const conditional = s.events.filter((e) => e.when?.length);
    expect(keys(frDebrief.conditions)).toEqual(conditional.map((e) => e.id).sort());
    for (const e of conditional) expect(frDebrief.conditions[e.id], e.id).toHaveLength(e.when!.length);
    expect(keys(frDebrief.articlesAbout)).toEqual(
      s.articles
        .filter((a) => a.about)
        .map((a) => a.id)
        .sort(),
    );
    // The glossary, under each English term's anchor.
    expect(keys(frScenario.glossary)).toEqual(s.glossary.map((g) => termSlug(g.term)).sort());
  });

  it('gives every outlet’s paraphrase its French, in order, marked as the game’s words, and every outlet’s country', async () => {
    // The dated events' perspectives and the first briefing's record, by id and in the data's order.
    const told = [
      ...s.events.map((e) => [e.id, e.perspectives] as const),
      ...[...s.opening, ...s.topics].flatMap((b) => (b.record ? [[b.id, b.record.perspectives] as const] : [])),
    ];
    expect(Object.keys(frScenario.perspectives).sort()).toEqual(told.map(([id]) => id).sort());
    for (const [id, ps] of told) expect(frScenario.perspectives[id], id).toHaveLength(ps.length);
    const countries = [...new Set(told.flatMap(([, ps]) => ps.map((p) => p.country)))].sort();
    expect(Object.keys(frScenario.countries).sort()).toEqual(countries);
    // A paraphrase begins with its outlet as the English does ("AFP: …" → « AFP : … »).
    let led = 0;
    for (const [id, ps] of told)
      ps.forEach((p, i) => {
        // An outlet's name: every word capitalised ("Hürriyet Daily News", "AFP"), not "A Communist local blog".
        const lead = /^((?:[A-ZÀ-Ý][\p{L}\d.’/-]*(?: |(?=:))){1,4}): /u.exec(p.text)?.[1];
        if (lead && !/^The /.test(lead) && ++led)
          expect(frScenario.perspectives[id]![i], `${id} ${i}`).toMatch(new RegExp(`^(Le récit de )?${lead}\u00a0:`));
      });
    expect(led).toBeGreaterThan(40);
    // The panel reads them by the English text, and marks them as the game's own summary.
    useScenarioTexts(s);
    await setLocale('fr');
    const su24 = s.events.find((e) => e.id === 'su24-shootdown')!;
    expect(dataText(su24.perspectives[0]!.text)).toBe(
      'Reuters\u00a0: l’OTAN a soutenu la Turquie, en appelant au calme et à la désescalade.',
    );
    expect(countryName('Czech Republic (US-funded)')).toBe('République tchèque (financé par les États-Unis)');
    expect(t('briefing.perspectives')).toContain('traduit par le jeu');
    // An English word quoted from a public figure is said to be the game's translation.
    const moskva = frScenario.perspectives['moskva-order']![0]!;
    expect(moskva).toContain('\u00a0» (traduit par le jeu)');
  });

  it('has the reading room in French: the guide fitted to 55-minute lessons, Before you play, the provenance table', () => {
    const room = frReadingRoom;
    // The French guide's lessons are French periods: 55 minutes each, the single lesson too.
    const sum = (steps: { minutes: number }[]) => steps.reduce((n, x) => n + x.minutes, 0);
    expect(sum(room.guide.period.steps)).toBe(55);
    expect(room.guide.lessons.map((l) => sum(l.steps))).toEqual([55, 55]);
    expect(room.guide.lessons).toHaveLength(guide.lessons.length);
    for (const k of ['goals', 'oneSeed', 'collecting', 'questions', 'limits'] as const)
      expect(room.guide[k], k).toHaveLength(guide[k].length);
    // Each step of a lesson keeps its place (the same steps, some longer).
    expect(room.guide.period.steps).toHaveLength(guide.period.steps.length);
    guide.lessons.forEach((l, i) => expect(room.guide.lessons[i]!.steps).toHaveLength(l.steps.length));
    expect(room.background.parts).toHaveLength(background.parts.length);
    expect(Object.keys(room.provenance).sort()).toEqual(
      provenance(s)
        .map((r) => r.kind)
        .sort(),
    );
    const texts = [
      room.hintsDo,
      room.guide.intro,
      room.guide.period.intro,
      ...[room.guide.period, ...room.guide.lessons].flatMap((l) => [
        l.title,
        ...l.steps.flatMap((x) => [x.title, x.what]),
      ]),
      ...(['goals', 'oneSeed', 'collecting', 'questions', 'limits'] as const).flatMap((k) => room.guide[k]),
      room.background.title,
      room.background.intro,
      room.background.after,
      ...room.background.parts.flatMap((p) => [p.heading, p.text]),
      ...Object.values(room.provenance).flatMap((r) => [r.kind, r.from]),
    ];
    for (const x of texts) {
      expect(x).not.toMatch(/ [:;!?%]/);
      expect(x).not.toMatch(/["\u201c\u201d']/);
      expect(x).not.toMatch(/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
    }
  });

  it('pairs each English text with one French text, never two', () => {
    const pairs = frenchPairs(s, frScenario, frDebrief);
    const seen = new Map<string, string>();
    for (const [en, fr] of pairs) {
      expect(seen.get(en) ?? fr, en).toBe(fr);
      seen.set(en, fr);
      expect(fr, en).not.toBe(en);
    }
    // Every event's title and summary, every checkpoint's claim, every ending: the table misses none.
    const english = new Set(pairs.map(([en]) => en));
    for (const e of s.events) expect(english.has(e.reading), e.id).toBe(true);
    for (const c of s.checkpoints) expect(english.has(c.claim), c.id).toBe(true);
    for (const e of s.events) for (const c of e.when ?? []) expect(english.has(c.because), e.id).toBe(true);
    // Without the debrief's chunk the pairs hold none of its texts (it loads after the rest).
    const early = new Set(frenchPairs(s).map(([en]) => en));
    expect(s.checkpoints.filter((c) => early.has(c.claim))).toEqual([]);
    for (const r of s.roles) for (const x of Object.values(r.endings)) expect(english.has(x), r.actor).toBe(true);
    expect(pairs.length).toBeGreaterThan(400);
  });

  it('writes French typography there too', () => {
    const texts = [
      ...frenchPairs(s, frScenario, frDebrief).map(([, fr]) => fr),
      ...Object.values(frScenario.glossary).flatMap((g) => [g.term, g.definition, ...g.aka]),
      ...Object.values(frScenario.actors),
      ...Object.values(frScenario.the),
      ...Object.values(frScenario.roles).flatMap((r) => [r.tagline, r.goal]),
      ...Object.values(frScenario.issues).flatMap((i) => [i.name, i.question, ...i.scale]),
      ...Object.values(frScenario.outcomes),
    ];
    for (const x of texts) {
      expect(x).not.toMatch(/ [:;!?%]/);
      expect(x).not.toMatch(/["\u201c\u201d']/);
    }
  });

  it('is read by id once French is chosen, with the English text as the fallback', async () => {
    expect(actorName('RUS', 'Russia')).toBe('Russia');
    await setLocale('fr');
    expect(actorName('RUS', 'Russia')).toBe('Russie');
    expect(actorName('XXX', 'Somewhere')).toBe('Somewhere');
    expect(outcomeLabel('Parallel campaigns')).toBe('Campagnes parallèles');
    expect(outcomeLabel('grand_coalition')).toBe('Grande coalition');
    // French joins its prepositions to the article: « aux États-Unis », « du Qatar », « d’Israël ».
    expect(actorArgs('n', 'USA', 'United States')).toEqual({
      n: 'États-Unis',
      n_le: 'les États-Unis',
      n_Le: 'Les États-Unis',
      n_a: 'aux États-Unis',
      n_de: 'des États-Unis',
      n_n: 'pl',
    });
    expect(actorArgs('n', 'QAT', 'Qatar')).toMatchObject({ n_a: 'au Qatar', n_de: 'du Qatar', n_n: 'sg' });
    // A verb agrees with a name French makes plural: « Les États-Unis se rapprochent ».
    expect(t('drift.warms', { ...actorArgs('who', 'USA', 'United States'), from: 93, to: 95 })).toBe(
      'Les États-Unis se rapprochent\u00a0: 93\u00a0% → 95\u00a0%',
    );
    expect(t('drift.warms', { ...actorArgs('who', 'RUS', 'Russia'), from: 33, to: 35 })).toBe(
      'La Russie se rapproche\u00a0: 33\u00a0% → 35\u00a0%',
    );
    expect(actorArgs('n', 'ISR', 'Israel')).toMatchObject({ n_a: 'à Israël', n_de: 'd\u2019Israël' });
    expect(actorArgs('n', 'IRN', 'Iran')).toMatchObject({ n_a: 'à l\u2019Iran', n_de: 'de l\u2019Iran' });
    expect(actorArgs('n', 'RUS', 'Russia')).toMatchObject({ n_Le: 'La Russie', n_a: 'à la Russie' });
    expect(t('talks.send', actorArgs('name', 'USA', 'United States'))).toBe('Envoyer aux États-Unis');
    expect(t('talks.acceptCounter', { ...actorArgs('name', 'RUS', 'Russia'), cost: 1 })).toBe(
      'Accepter la contre-proposition de la Russie (1 PA)',
    );
    // The data's longer texts, by the English the render model passes: French, or English when unknown.
    useScenarioTexts(s);
    const moscow = s.events.find((e) => e.id === 'hollande-moscow')!;
    expect(dataText(moscow.title)).toBe(
      'Hollande à Moscou\u00a0: renseignements partagés, frappes contre Daech coordonnées',
    );
    expect(dataText('Not in the table')).toBe('Not in the table');
    const isis = s.glossary.find((g) => g.term === 'ISIS')!;
    expect(glossaryEntry('isis', isis).term).toBe('Daech');
    expect(glossaryEntry('isis', isis).aka).toContain('État islamique');
    await setLocale('en');
    expect(dataText(moscow.title)).toBe(moscow.title);
    expect(actorArgs('n', 'USA', 'United States').n).toBe('United States');
    expect(t('talks.send', actorArgs('name', 'USA', 'United States'))).toBe('Send to United States');
    expect(outcomeLabel('Parallel campaigns')).toBe('Parallel campaigns');
  });
});
