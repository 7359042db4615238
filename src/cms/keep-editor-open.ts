import type { AstroIntegration } from "astro";
import type { HotPayload } from "vite";

/**
 * When a content file changes, Astro's dev server reloads every open page. For the editing screen
 * that means a reload after every Save: the editor loses their place and waits for the whole editor
 * to load again. This turns that reload into an event: the site's own pages (in another tab) still
 * reload on it, the editing screen does not (it already shows what it saved).
 */
const EVENT = "lowback:content-changed";

export function keepEditorOpen(): AstroIntegration {
  return {
    name: "lowback:keep-editor-open",
    hooks: {
      "astro:config:setup": ({ injectScript, updateConfig }) => {
        injectScript(
          "page",
          `if (import.meta.hot && !location.pathname.startsWith("/keystatic")) import.meta.hot.on(${JSON.stringify(EVENT)}, () => location.reload());`,
        );
        updateConfig({
          vite: {
            plugins: [
              {
                name: "lowback:keep-editor-open",
                configureServer(server) {
                  const hot = server.environments.client.hot;
                  const send = hot.send.bind(hot) as (...args: unknown[]) => void;
                  // Astro's content layer marks its reload with path "*"; everything else passes unchanged.
                  hot.send = ((...args: unknown[]) => {
                    const payload = args[0] as Partial<HotPayload> & { path?: string };
                    if (payload.type === "full-reload" && payload.path === "*") {
                      send({ type: "custom", event: EVENT, data: {} });
                    } else {
                      send(...args);
                    }
                  }) as typeof hot.send;
                },
              },
            ],
          },
        });
      },
    },
  };
}
