import { isRefusal, type Read } from "./import-values.js";

/** What is wrong with one row: the column (null: the row as a whole) and why. */
export type RowProblem = { column: string | null; message: string };

/** What an import needs to know beyond the file: the reference lists and places. */
export type ImportReference = {
  isKnownTaxonomyCode: (code: string) => boolean;
  isKnownModality: (id: string) => boolean;
  postalCentroid: (
    country: string,
    postalCode: string,
  ) => { latitude: number; longitude: number } | undefined;
};

/**
 * Collects the problems of one row while its cells are read, so a row with three bad cells is
 * reported once with all three (the report is fixed in one pass, not three).
 */
export class RowReader<Column extends string> {
  readonly problems: RowProblem[] = [];

  constructor(private readonly cellOf: (column: Column) => string) {}

  cell(column: Column): string {
    return this.cellOf(column);
  }

  read<T>(column: Column, reader: (cell: string) => Read<T>, fallback: T): T {
    const value = reader(this.cellOf(column));
    if (isRefusal(value)) {
      this.problems.push({ column, message: value.refused });
      return fallback;
    }
    return value;
  }

  problem(column: Column | null, message: string): void {
    this.problems.push({ column, message });
  }
}
