// Who is scoring on this computer: remembered between sessions.
const KEY = "cxo-review.reviewer";

let reviewer = $state(localStorage.getItem(KEY) ?? "");

export const identity = {
  get reviewer() {
    return reviewer;
  },
  set reviewer(name: string) {
    reviewer = name;
    localStorage.setItem(KEY, name);
  },
};
