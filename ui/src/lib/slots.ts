// Elements inside a translated sentence: a message is given a marker where an element (a <code>,
// a <strong> with its test id) goes, and the screen draws the text around it and the element in
// its place. The sentence stays one message, in whatever order a language puts its parts.

const OPEN = "\uE000";
const CLOSE = "\uE001";

/** The marker to pass to t() as the argument where element `name` goes. */
export function marker(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** One piece of a message: text, or the place of the element `slot`. */
export type Piece = { text: string; slot?: string };

/** A message cut at its markers: the text between them and the element each stands for. */
export function slotted(message: string): Piece[] {
  const pieces: Piece[] = [];
  const markers = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "g");
  let at = 0;
  for (const found of message.matchAll(markers)) {
    if (found.index > at) pieces.push({ text: message.slice(at, found.index) });
    pieces.push({ text: "", slot: found[1] });
    at = found.index + found[0].length;
  }
  if (at < message.length) pieces.push({ text: message.slice(at) });
  return pieces;
}
