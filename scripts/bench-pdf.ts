// `npm run bench:pdf`: how long the PDF action plan takes to render, for a full plan (every question of the
// current questionnaire answered, about 60 actions). Target: median ≤ 100 ms after warm-up, and memory flat over
// 200 renders. Prints median and 95th percentile render time, pages, bytes and the heap before and after.
// Renders only: no database, no HTTP (the route adds a few queries).
import { renderPlanPdf } from "../app/plan/pdf.server";
import { samplePlanPdfData } from "../app/plan/pdf-sample";

const warmUp = 20;
const timed = 100;
const soak = 200;
const targetMs = 100;
const generatedOn = "2026-09-01";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const data = samplePlanPdfData({ language: "nl", today: generatedOn });
let pdf = await renderPlanPdf(data, { language: "nl", generatedOn });
for (let index = 1; index < warmUp; index += 1) pdf = await renderPlanPdf(data, { language: "nl", generatedOn });

const times: number[] = [];
for (let index = 0; index < timed; index += 1) {
  const start = performance.now();
  pdf = await renderPlanPdf(data, { language: "nl", generatedOn });
  times.push(performance.now() - start);
}
const pages = pdf.toString("latin1").match(/\/Type \/Page\n/g)?.length ?? 0;
const median = percentile(times, 0.5);

if (!globalThis.gc) console.log("(run with node --expose-gc, as npm run bench:pdf does, for exact heap numbers)");
const heapBefore = heapMb();
const rssBefore = process.memoryUsage().rss / 1024 / 1024;
for (let index = 0; index < soak; index += 1) await renderPlanPdf(data, { language: index % 2 === 0 ? "nl" : "en", generatedOn });
const heapAfter = heapMb();
const rssAfter = process.memoryUsage().rss / 1024 / 1024;

console.log(`PDF action plan: ${data.actions.length} actions, ${data.questionnaire.questions.length} questions answered`);
console.log(`  ${pages} pages, ${pdf.length.toLocaleString("en-GB")} bytes`);
console.log(
  `  render (${timed} runs after ${warmUp} warm-up): median ${median.toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (target: median ≤ ${targetMs} ms)`,
);
console.log(
  `  memory over ${soak} renders: heap ${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MB (${(heapAfter - heapBefore).toFixed(1)} MB), rss ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB`,
);
console.log(median <= targetMs ? "  within target" : "  OVER TARGET (a busy machine makes this slower: run it again when idle)");
