// Whether someone else saved: the window polls the database's data version, and tells a change
// made by another program or person from one of its own saves.

/** The data version this window last knew, and its own writes in progress. A poll's answer that
 * may have raced one of this window's own writes is ignored (the next poll asks again). */
export class VersionWatch {
  private known: number | null = null;
  private writing = 0;
  private epoch = 0;

  /** Before asking for the data version: pass the token to `answered`. */
  asking(): number {
    return this.epoch;
  }

  /** The data version `version`, asked with `token`: true when someone else saved since this
   * window last looked (or wrote). */
  answered(token: number, version: number): boolean {
    if (this.writing > 0 || token !== this.epoch) return false;
    if (this.known === null || this.known === version) {
      this.known = version;
      return false;
    }
    this.known = version;
    return true;
  }

  /** One of this window's own writes starts. */
  writeStarted(): void {
    this.writing += 1;
    this.epoch += 1;
  }

  /** It ended (saved or not); `version` is the data version read right after it, null if that
   * could not be read (then the next answer is the new starting point). */
  writeEnded(version: number | null): void {
    this.known = version;
    this.writing = Math.max(0, this.writing - 1);
    this.epoch += 1;
  }

  /** Another database is open: its first answer is its starting point. */
  reset(): void {
    this.known = null;
    this.epoch += 1;
  }
}
