/** A column of a DataTable: how to read the cell's value from a row. */
export type Column<R> = {
  key: string;
  label: string;
  value: (row: R) => string | number | null;
  width?: string;
  numeric?: boolean;
  /** Class of the cell, e.g. to highlight overdue rows. */
  tone?: (row: R) => string;
};
