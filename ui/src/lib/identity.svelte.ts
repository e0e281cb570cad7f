// Who is scoring on this computer: remembered between sessions. On a team database whose login
// scores as a reviewer, that reviewer, and no other: the server would refuse the others' scores.
const KEY = "cxo-review.reviewer";

let reviewer = $state(localStorage.getItem(KEY) ?? "");
let bound = $state<string | null>(null);

export const identity = {
  get reviewer() {
    return bound ?? reviewer;
  },
  set reviewer(name: string) {
    if (bound !== null) return;
    reviewer = name;
    localStorage.setItem(KEY, name);
  },
  /** The reviewer the team login scores as, when it is one; null on a file. */
  get bound() {
    return bound;
  },
  bindTo(name: string | null) {
    bound = name;
  },
};
