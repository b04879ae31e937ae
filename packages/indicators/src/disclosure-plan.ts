/**
 * @module
 * Disclosure control applied to a whole tally: a decision per question and per group,
 * and the counts a view (unfiltered, or one insats) may be computed from. `buildReport`
 * goes through this for every report, so no output can bypass it.
 */
import type { Gender } from '@indikera/instrument';
import { type AtomCount, type Disclosure, decideDisclosure } from './disclosure';
import type { AnswerCount, ResponseCount, Tally } from './tally';

export interface DisclosurePlan {
  /** By question id, from the answers to it. */
  readonly questions: ReadonlyMap<string, Disclosure>;
  /** By group, from its questionnaires. */
  readonly groups: ReadonlyMap<string, Disclosure>;
}

/** A count's release: absent is the one release of a file; null is not released yet. */
const releaseOf = (count: AnswerCount | ResponseCount): number | null =>
  count.release === undefined ? 1 : count.release;

function atomsBy<T extends AnswerCount | ResponseCount>(
  counts: readonly T[],
  key: (count: T) => string,
): Map<string, AtomCount[]> {
  const atoms = new Map<string, AtomCount[]>();
  for (const count of counts) {
    const release = releaseOf(count);
    if (release === null) continue;
    const list = atoms.get(key(count)) ?? [];
    atoms.set(key(count), list);
    list.push({ release, insats: count.insats ?? null, gender: count.gender, count: count.count });
  }
  return atoms;
}

/**
 * Decides, for every question and group of a tally, what may be published.
 * @param view the insats of a filtered view, so that it is a candidate even without answers
 */
export function planDisclosure(
  tally: Tally,
  threshold: number,
  view: string | null = null,
): DisclosurePlan {
  const insatser = new Set<string>();
  for (const r of tally.responses) if (r.insats != null) insatser.add(r.insats);
  if (view !== null) insatser.add(view);
  const candidates = [...insatser];
  const decide = (atoms: Map<string, AtomCount[]>, counts: boolean) =>
    new Map(
      [...atoms].map(([key, list]) => [key, decideDisclosure(list, candidates, threshold, counts)]),
    );
  return {
    questions: decide(
      atomsBy(tally.answers, (a) => a.question),
      false,
    ),
    // A group's questionnaires are counted per kön, in total and per insats (Tabell 1).
    groups: decide(
      atomsBy(tally.responses, (r) => r.group),
      true,
    ),
  };
}

const EMPTY: Disclosure = {
  throughRelease: 0,
  waiting: 0,
  genders: new Set(),
  insatser: new Map(),
};

export function questionDisclosure(plan: DisclosurePlan, question: string): Disclosure | null {
  return plan.questions.get(question) ?? null;
}

export function groupDisclosure(plan: DisclosurePlan, group: string): Disclosure {
  return plan.groups.get(group) ?? EMPTY;
}

/**
 * The gender cells a view may publish of a question, or null when the view may publish
 * nothing of it. A question nobody answered publishes everything (all zero).
 */
export function publishableGenders(
  plan: DisclosurePlan,
  question: string,
  group: string,
  view: string | null,
): ReadonlySet<Gender> | null {
  const decision = questionDisclosure(plan, question);
  if (view === null) return decision ? decision.genders : new Set(['kvinna', 'man', 'annat']);
  if (!groupDisclosure(plan, group).insatser.has(view) && plan.groups.has(group)) return null;
  if (!decision) return new Set(['kvinna', 'man', 'annat']);
  return decision.insatser.get(view) ?? null;
}

/** Whether a view may publish a group's answer figures at all. */
export function groupPublished(plan: DisclosurePlan, group: string, view: string | null): boolean {
  return (
    view === null || !plan.groups.has(group) || groupDisclosure(plan, group).insatser.has(view)
  );
}

/**
 * The counts a view is computed from: released answers up to each question's release,
 * of the view's insats only when filtered.
 */
export function viewTally(tally: Tally, plan: DisclosurePlan, view: string | null): Tally {
  const inView = (count: AnswerCount | ResponseCount) =>
    view === null || (count.insats ?? null) === view;
  const upTo = (count: AnswerCount | ResponseCount, decision: Disclosure | undefined) => {
    const release = releaseOf(count);
    return release !== null && decision !== undefined && release <= decision.throughRelease;
  };
  return {
    responses: tally.responses.filter((r) => inView(r) && upTo(r, plan.groups.get(r.group))),
    answers: tally.answers.filter((a) => inView(a) && upTo(a, plan.questions.get(a.question))),
  };
}

/** Questionnaires of a group in the view that are not in its figures yet. */
export function waitingResponses(
  tally: Tally,
  plan: DisclosurePlan,
  group: string,
  view: string | null,
): number {
  const decision = plan.groups.get(group);
  let waiting = 0;
  for (const r of tally.responses) {
    if (r.group !== group || (view !== null && (r.insats ?? null) !== view)) continue;
    const release = releaseOf(r);
    if (release === null || !decision || release > decision.throughRelease) waiting += r.count;
  }
  return waiting;
}
