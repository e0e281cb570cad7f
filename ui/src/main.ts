import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { menuFollowsLanguage, prime, systemLanguage } from "./lib/api/index.svelte";
import { applyToDocument, loadCatalogue, locale } from "./lib/i18n.svelte";

// The language (and, for Arabic, the right-to-left layout) is set before the first paint.
applyToDocument();

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");
// Mounted once the first screen's data is in, so that the first paint is final.
// On the first run the window speaks the system's language (the shell reads the locale: the
// WebView's own navigator.language does not follow it); a language chosen in Settings wins.
const language = locale.chosen ? loadCatalogue(locale.language) : systemLanguage().then((l) => locale.follow(l ?? locale.language));
void Promise.allSettled([prime(location.hash.slice(1) || "dashboard"), language]).finally(() => {
  mount(App, { target });
  menuFollowsLanguage();
});
