// The window's title: which file the window is on, then the product, as desktop apps name
// their documents ("review.sqlite — CxO Review").

/** The last part of a path, whatever the separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The title for a database `database` (a path), or for a review package `pkg` (a path). */
export function windowTitle(database: string | null, pkg: string | null): string {
  if (pkg) return `${fileName(pkg)} — Reviewer mode — CxO Review`;
  if (database) return `${fileName(database)} — CxO Review`;
  return "CxO Review";
}
