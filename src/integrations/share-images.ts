import type { AstroIntegration } from "astro";

import { requestShareImageFiles, shareImageFiles } from "../lib/share-image-files";

/**
 * Has `astro build` write the share images as files, drawn on worker threads while the pages
 * render (src/lib/share-image-files.ts), waits for the last at the very end of the build and fails
 * it if one could not be drawn. Last in the config, so the other steps run while the last cards are
 * drawn.
 */
export function shareImages(): AstroIntegration {
  return {
    name: "lowback:share-images",
    hooks: {
      "astro:build:start": () => {
        requestShareImageFiles();
      },
      "astro:build:done": async ({ logger }) => {
        const written = shareImageFiles();
        if (written === undefined) throw new Error("The build drew no share images: src/pages/og/ did not run.");
        logger.info(`Drew ${await written} share images into og/.`);
      },
    },
  };
}
