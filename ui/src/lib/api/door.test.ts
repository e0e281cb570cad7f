import { describe, expect, it } from "vitest";

// Only lib/api talks to Tauri: every other file of the UI goes through it, so that the backend's
// commands, the window and the native dialogs have one door, and tests can stand in for them.

/** Every source file of the UI, as written (the paths start at /src/). */
const sources = import.meta.glob<string>(["/src/**/*.ts", "/src/**/*.svelte"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** An import of a Tauri package: `from "@tauri-apps/…"`, `import "@tauri-apps/…"`, `import("@tauri-apps/…")`. */
const TAURI_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]@tauri-apps\//;

/** The lines of `files` outside lib/api that import a Tauri package, as `path:line: text`. */
function tauriImportsOutsideApi(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith("/src/lib/api/")) continue;
    text.split("\n").forEach((line, i) => {
      if (TAURI_IMPORT.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe("the door to Tauri", () => {
  it("reads the UI's sources, components and screens included", () => {
    const paths = Object.keys(sources);
    expect(sources["/src/App.svelte"]).toContain("<script lang=\"ts\">");
    expect(paths).toContain("/src/lib/api/index.svelte.ts");
    expect(paths.some((p) => p.startsWith("/src/screens/"))).toBe(true);
    expect(sources["/src/lib/api/window.ts"]).toMatch(TAURI_IMPORT);
  });

  it("is lib/api alone: no other file imports @tauri-apps", () => {
    expect(tauriImportsOutsideApi(sources), "import these through src/lib/api instead").toEqual([]);
  });

  it("finds every form of import, and names the file and line", () => {
    const files = {
      "/src/lib/api/window.ts": 'import { listen } from "@tauri-apps/api/event";',
      "/src/App.svelte": '<script lang="ts">\n  import { listen } from "@tauri-apps/api/event";\n</script>',
      "/src/lib/a.ts": "import {\n  ask,\n} from '@tauri-apps/plugin-dialog';",
      "/src/lib/b.ts": 'import "@tauri-apps/api";\nconst w = await import("@tauri-apps/api/window");',
      "/src/lib/c.ts": '// Only lib/api imports "@tauri-apps/api".\nexport type { Event } from "@tauri-apps/api/event";',
    };
    expect(tauriImportsOutsideApi(files)).toEqual([
      '/src/App.svelte:2: import { listen } from "@tauri-apps/api/event";',
      "/src/lib/a.ts:3: } from '@tauri-apps/plugin-dialog';",
      '/src/lib/b.ts:1: import "@tauri-apps/api";',
      '/src/lib/b.ts:2: const w = await import("@tauri-apps/api/window");',
      '/src/lib/c.ts:2: export type { Event } from "@tauri-apps/api/event";',
    ]);
  });
});
