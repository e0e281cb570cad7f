// Who is scoring on this computer: remembered between sessions. On a team database whose login
// scores as a reviewer, that reviewer, and no other: the server would refuse the others' scores.
const KEY = "cxo-review.reviewer";

class Identity {
  /** The reviewer chosen on this computer. */
  #chosen = $state(localStorage.getItem(KEY) ?? "");
  /** The reviewer the team login scores as, when it is one. */
  #bound = $state<string | null>(null);

  get reviewer(): string {
    return this.#bound ?? this.#chosen;
  }
  set reviewer(name: string) {
    if (this.#bound !== null) return;
    this.#chosen = name;
    localStorage.setItem(KEY, name);
  }

  /** The reviewer the team login scores as, when it is one; null on a file. */
  get bound(): string | null {
    return this.#bound;
  }

  bindTo(name: string | null): void {
    this.#bound = name;
  }
}

export const identity = new Identity();
