// Prints how the plan spreads over the weeks: a party that answers the lowest option everywhere on
// questionnaire version 2, 14 weeks before election day. Per week (Monday) and owner: actions starting and due.
// Run: npx tsx scripts/plan-schedule.ts [electionDate] [planDate]
import { addDays, buildPlan, milestoneDates, weekStartOf } from "../app/plan";
import { questionnaireV2 } from "../app/questionnaire/v2";
import { measureOwners, milestones, type Question } from "../app/questionnaire/schema";

const electionDate = process.argv[2] ?? "2027-03-17";
const planDate = process.argv[3] ?? addDays({ date: electionDate, days: -14 * 7 });

function lowestOption(question: Question): string {
  const lowest = [...question.options].sort((a, b) => a.maturity - b.maturity)[0];
  if (!lowest) throw new Error(`no options on ${question.id}`);
  return lowest.id;
}

const answers = Object.fromEntries(questionnaireV2.questions.map((question) => [question.id, { kind: "option" as const, optionId: lowestOption(question) }]));
const plan = buildPlan({ questionnaire: questionnaireV2, answers, electionDate, today: planDate });
const dates = milestoneDates({ electionDate, today: planDate });

console.log(`Questionnaire v${questionnaireV2.version}, lowest option everywhere; plan made ${planDate}, election ${electionDate}: ${plan.length} actions.`);
console.log(milestones.map((milestone) => `${milestone} ${dates[milestone]}`).join(" · "));
const owners = measureOwners.filter((owner) => plan.some((action) => action.owner === owner));
const weeks = [...new Set(plan.flatMap((action) => [weekStartOf({ date: action.startDate }), weekStartOf({ date: action.dueDate })]))].sort();
const short: Record<string, string> = {
  it_lead: "IT",
  campaign_manager: "camp",
  communications_lead: "comms",
  candidate_coordinator: "cand",
  board: "board",
  secretary: "secr",
  treasurer: "treas",
};
console.log(`\nstarting per week (due in brackets)\nweek of     ${owners.map((o) => (short[o] ?? o).padStart(9)).join("")}   total`);
for (const week of weeks) {
  const cells = owners.map((owner) => {
    const starting = plan.filter((a) => a.owner === owner && weekStartOf({ date: a.startDate }) === week).length;
    const due = plan.filter((a) => a.owner === owner && weekStartOf({ date: a.dueDate }) === week).length;
    return `${starting} (${due})`.padStart(9);
  });
  const total = plan.filter((a) => weekStartOf({ date: a.startDate }) === week).length;
  console.log(`${week}  ${cells.join("")}   ${String(total).padStart(5)}`);
}
const dueOnPlanDay = plan.filter((a) => a.dueDate === planDate).length;
const beyond = plan.filter((a) => a.beyondDeadline);
console.log(
  `\ndue on the day the plan is made: ${dueOnPlanDay}; most due on one day: ${Math.max(...[...new Set(plan.map((a) => a.dueDate))].map((d) => plan.filter((a) => a.dueDate === d).length))}`,
);
console.log(
  `past their milestone because of the weekly limit: ${beyond.length}${beyond.length ? ` (${beyond.map((a) => `${a.key} → ${a.dueDate}, deadline ${a.deadline}`).join("; ")})` : ""}`,
);
console.log(
  `supplier changes: ${plan
    .filter((a) => a.needsSupplier)
    .map((a) => `${a.key} due ${a.dueDate}`)
    .join("; ")}`,
);
