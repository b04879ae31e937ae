/**
 * @module
 * Disclosure control: which answer figures may be published, so that no reader can work
 * out the answers of fewer than `k` people by combining anything published (any filter,
 * any format, any moment).
 *
 * The guarantee comes from one invariant. The respondents of a question are split into
 * atoms (release × insats × gender). Publication keeps a partition of the atoms into
 * blocks of at least `k` respondents, and publishes a figure only when its set of
 * respondents is a union of blocks. Every published figure is then constant on each
 * block, so any sum or difference of published figures (any linear combination) is
 * again a union of blocks: it holds 0 or at least `k` respondents. A candidate figure
 * that would split a block into a piece of 1 to `k − 1` respondents is withheld.
 *
 * The one exception is what the national method always prints: a question's total in the
 * first release that has answers to it, whatever its n.
 *
 * Candidates, in order of importance: the question's total; the gender cells of the
 * unfiltered report (chosen by the suppression rule of docs/report-json.md); each insats's total
 * (largest first); the gender cells inside each insats (the same rule within it).
 * Releases: the answers of a round enter the figures when the round is closed; answers
 * added after a reopening enter a question's figures only once at least `k` of them
 * have come (they wait until then), and each release is partitioned on its own, so a
 * figure is published only if it is a union of blocks in every release it spans.
 */
import { type Gender, genders } from '@indikera/instrument';
import { suppressedGenders } from './suppression';

/** Respondents in one atom: a release, an insats (null: none), a gender. */
export interface AtomCount {
  readonly release: number;
  readonly insats: string | null;
  readonly gender: Gender;
  readonly count: number;
}

/** What may be published of one question (or of one group's questionnaires). */
export interface Disclosure {
  /** The figures contain the answers of releases up to this one (0: none yet). */
  readonly throughRelease: number;
  /** Answers given but not yet in the figures (they wait for at least `k`). */
  readonly waiting: number;
  /** Gender cells that may be published in the unfiltered report. */
  readonly genders: ReadonlySet<Gender>;
  /** Insatser whose filtered figures may be published, with their publishable gender cells. */
  readonly insatser: ReadonlyMap<string, ReadonlySet<Gender>>;
}

interface Atom {
  readonly insats: string | null;
  readonly gender: Gender;
  readonly count: number;
}

type Block = readonly Atom[];

const weight = (atoms: readonly Atom[]): number => atoms.reduce((sum, a) => sum + a.count, 0);

/** One release's (or several merged releases') partition into blocks of at least k. */
class Partition {
  private blocks: Block[];

  constructor(
    atoms: readonly Atom[],
    private readonly threshold: number,
  ) {
    this.blocks = atoms.length > 0 ? [atoms] : [];
  }

  /** Refines by `member` when no block is split into a piece of 1 to k − 1; else changes nothing. */
  refine(member: (atom: Atom) => boolean): boolean {
    const next: Block[] = [];
    for (const block of this.blocks) {
      const inside = block.filter(member);
      const outside = block.filter((a) => !member(a));
      if (inside.length === 0 || outside.length === 0) {
        next.push(block);
        continue;
      }
      if (weight(inside) < this.threshold || weight(outside) < this.threshold) return false;
      next.push(inside, outside);
    }
    this.blocks = next;
    return true;
  }
}

function genderWeights(atoms: readonly Atom[]): Record<Gender, number> {
  const cells: Record<Gender, number> = { kvinna: 0, man: 0, annat: 0 };
  for (const a of atoms) cells[a.gender] += a.count;
  return cells;
}

/** The gender cells the suppression rule publishes among `atoms`, each checked against the blocks. */
function refineGenders(
  partition: Partition,
  atoms: readonly Atom[],
  threshold: number,
  within: (atom: Atom) => boolean,
): Set<Gender> {
  const cells = genderWeights(atoms);
  const hidden = suppressedGenders(cells, threshold);
  const accepted = new Set<Gender>();
  for (const g of genders) {
    if (cells[g] === 0) accepted.add(g);
    else if (!hidden.has(g) && partition.refine((a) => within(a) && a.gender === g)) {
      accepted.add(g);
    }
  }
  return accepted;
}

interface BatchDecision {
  readonly genders: Set<Gender>;
  readonly insatser: Map<string, Set<Gender>>;
}

/** The decisions within one batch of answers that enter the figures together. */
function decideBatch(
  atoms: readonly Atom[],
  insatser: readonly string[],
  threshold: number,
): BatchDecision {
  const partition = new Partition(atoms, threshold);
  const decidedGenders = refineGenders(partition, atoms, threshold, () => true);
  const rowWeight = new Map<string, number>();
  for (const a of atoms) {
    if (a.insats !== null) rowWeight.set(a.insats, (rowWeight.get(a.insats) ?? 0) + a.count);
  }
  const order = [...insatser].sort(
    (x, y) => (rowWeight.get(y) ?? 0) - (rowWeight.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
  );
  const decidedInsatser = new Map<string, Set<Gender>>();
  for (const insats of order) {
    if (!partition.refine((a) => a.insats === insats)) continue;
    const row = atoms.filter((a) => a.insats === insats);
    decidedInsatser.set(
      insats,
      refineGenders(partition, row, threshold, (a) => a.insats === insats),
    );
  }
  return { genders: decidedGenders, insatser: decidedInsatser };
}

function mergeAtoms(atoms: readonly AtomCount[]): Atom[] {
  const merged = new Map<string, Atom>();
  for (const a of atoms) {
    if (a.count <= 0) continue;
    const key = `${a.insats ?? ''}\u0000${a.insats === null ? 0 : 1}\u0000${a.gender}`;
    const previous = merged.get(key);
    merged.set(key, {
      insats: a.insats,
      gender: a.gender,
      count: (previous?.count ?? 0) + a.count,
    });
  }
  return [...merged.values()];
}

/**
 * A round's first closing is its release 1 (a file's answers are all release 1): only its
 * answers are published whatever their number. Answers of a question or group first
 * given in a later release need k like any growth: before, the report showed them as none.
 */
export const FIRST_RELEASE = 1;

/**
 * Whether a later batch of questionnaires may enter the counts per kön (Tabell 1, per
 * group and per insats): only when every such count grows by none or at least k, or the
 * kön of a few late respondents would show by difference. Kön is an answer too.
 */
function countsGrowSafely(batch: readonly Atom[], threshold: number): boolean {
  const cells = new Map<string, number>();
  for (const a of batch) {
    for (const key of [`*\u0000${a.gender}`, `${a.insats ?? ''}\u0000${a.gender}`]) {
      cells.set(key, (cells.get(key) ?? 0) + a.count);
    }
  }
  return [...cells.values()].every((n) => n === 0 || n >= threshold);
}

/**
 * Decides what of one question (or one group's questionnaires) may be published.
 * @param atoms respondents per release, insats and gender (any order; zero counts ignored)
 * @param insatser every insats a reader can filter on (also those without answers)
 * @param counts for a group's questionnaires: their counts per kön are published, so a
 *   later batch enters only when each of them grows by none or at least k
 * @example decideDisclosure([{ release: 1, insats: 'A', gender: 'man', count: 10 }], ['A'], 6)
 */
export function decideDisclosure(
  atoms: readonly AtomCount[],
  insatser: readonly string[],
  threshold: number,
  counts = false,
): Disclosure {
  const byRelease = new Map<number, AtomCount[]>();
  for (const a of atoms) {
    if (a.count <= 0) continue;
    const list = byRelease.get(a.release) ?? [];
    byRelease.set(a.release, list);
    list.push(a);
  }
  const releases = [...byRelease.keys()].sort((x, y) => x - y);
  let throughRelease = 0;
  let pending: AtomCount[] = [];
  const batches: BatchDecision[] = [];
  for (const release of releases) {
    pending = pending.concat(byRelease.get(release) ?? []);
    const batch = mergeAtoms(pending);
    // The round's first release is published whatever its number (the national method
    // prints every total); later answers only in steps of at least k, or they would show
    // by difference from what was published before (even from a total of none).
    if (release !== FIRST_RELEASE && weight(batch) < threshold) continue;
    if (release !== FIRST_RELEASE && counts && !countsGrowSafely(batch, threshold)) continue;
    batches.push(decideBatch(batch, insatser, threshold));
    throughRelease = release;
    pending = [];
  }
  const allGenders = new Set<Gender>(genders);
  const publishedInsatser = new Map<string, Set<Gender>>();
  for (const insats of insatser) publishedInsatser.set(insats, new Set(genders));
  for (const batch of batches) {
    for (const g of genders) if (!batch.genders.has(g)) allGenders.delete(g);
    for (const [insats, cells] of publishedInsatser) {
      const decided = batch.insatser.get(insats);
      if (!decided) publishedInsatser.delete(insats);
      else for (const g of genders) if (!decided.has(g)) cells.delete(g);
    }
  }
  return {
    throughRelease,
    waiting: weight(mergeAtoms(pending)),
    genders: allGenders,
    insatser: publishedInsatser,
  };
}
