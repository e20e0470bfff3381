import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The browser builds of vega and vega-embed, inlined into report.html so it opens from disk with no
 * network. The packages' export maps hide build/*.min.js, so resolve the package's entry point and
 * walk up to its root. vega-lite is not needed: specs are compiled to vega in Node.
 */
function packageRoot(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the root of the ${name} package`);
    dir = up;
  }
  return dir;
}

let cache: { vega: string; vegaEmbed: string } | null = null;

export function browserScripts(): { vega: string; vegaEmbed: string } {
  cache ??= {
    vega: readFileSync(join(packageRoot('vega'), 'build', 'vega.min.js'), 'utf8'),
    vegaEmbed: readFileSync(join(packageRoot('vega-embed'), 'build', 'vega-embed.min.js'), 'utf8'),
  };
  return cache;
}

/** Script text made safe to inline: "</script" would end the element early, whatever the case. */
export function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
