/** A column of a DataTable: how to read the cell's value from a row. */
export type Column<R> = {
  key: string;
  label: string;
  value: (row: R) => string | number | null;
  /** How the cell is shown when that differs from the value it sorts by (e.g. a spelled-out date). */
  display?: (row: R) => string;
  width?: string;
  /** The column is at least as wide as its widest text (labels and dates of the window's
   * language, which may be longer than English's); other columns cut long text off with "…". */
  fit?: boolean;
  numeric?: boolean;
  /** Class of the cell, e.g. to highlight overdue rows. */
  tone?: (row: R) => string;
};
