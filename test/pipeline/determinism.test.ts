// The same articles give byte-identical output whatever the machine's time zone, the folder's place on
// the disk and the order the files were written in.
import { execFileSync } from "node:child_process";
import { cp, mkdir, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers.js";

async function tree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) out.set(relative(root, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  return out;
}

function build(content: string, output: string, tz: string): void {
  execFileSync(process.execPath, ["bin/briefing.js", "build", "--content", content, "--output", output, "--no-cache", "--quiet"], {
    env: { ...process.env, TZ: tz, CI: "true" },
    stdio: "pipe",
  });
}

describe("deterministic output", () => {
  it("is byte-identical across time zones, content paths and the order files were written in", { timeout: 120_000 }, async () => {
    const a = join(await tempDir(), "content");
    const b = join(await tempDir(), "deeper", "place", "content");
    await cp("content", a, { recursive: true });
    // the second copy is written file by file in reverse order, so the folder lists them differently
    await mkdir(b, { recursive: true });
    const names = (await readdir("content")).filter((n) => !n.startsWith(".")).reverse();
    for (const name of names) await cp(join("content", name), join(b, name), { recursive: true });
    const outA = await tempDir();
    const outB = await tempDir();
    build(a, outA, "Pacific/Kiritimati");
    build(b, outB, "America/Adak");
    const [treeA, treeB] = [await tree(outA), await tree(outB)];
    expect([...treeB.keys()].sort()).toEqual([...treeA.keys()].sort());
    // report.json alone carries how long each stage took; everything else must match to the byte
    const differing = [...treeA].filter(([path, bytes]) => path !== "report.json" && !bytes.equals(treeB.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    const untimed = (bytes: Buffer) => {
      const report = JSON.parse(bytes.toString("utf8"));
      delete report.stages;
      delete report.articleSteps;
      delete report.site?.ms;
      return report;
    };
    expect(untimed(treeB.get("report.json")!)).toEqual(untimed(treeA.get("report.json")!));
    // and nothing names where the folders lay
    const data = treeA.get("briefing.json")!.toString("utf8") + treeA.get("report.json")!.toString("utf8");
    expect(data).not.toContain(a);
  });
});
