/**
 * @module
 * The socialt bokslut as the API gives it (`GET /api/rounds/:id/bokslut`).
 */
import type { TargetResult } from '@indikera/indicators';

interface TargetBase {
  readonly id: number;
  readonly goal: string;
  readonly result: TargetResult;
}

export type BokslutTarget =
  | (TargetBase & {
      readonly kind: 'question';
      readonly questions: readonly string[];
      readonly options: readonly string[];
      readonly share: number;
    })
  | (TargetBase & {
      readonly kind: 'manual';
      readonly statement: string;
      readonly value: number;
      readonly unit: string;
      readonly direction: 'atLeast' | 'atMost';
      readonly outcome: number | null;
    });

export interface Bokslut {
  readonly roundId: number;
  readonly year: number;
  readonly margin: number;
  readonly threshold: number;
  readonly releases: number;
  readonly malomraden: readonly {
    readonly id: number;
    readonly name: string;
    readonly targets: readonly BokslutTarget[];
  }[];
}
