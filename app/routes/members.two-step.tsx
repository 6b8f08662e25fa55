// The IT lead's rule that every member of the organisation must use two-step sign-in (or need no longer).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { MembersConcernPage, MembersFormOutcome, TwoStepRequirement, type MembersFormResult } from "../components/members";
import { getOrganisationRequiresTwoStep, listMembersWithoutTwoStep, setOrganisationTwoStepRequirement } from "../models/two-step.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "members.twoStep.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request, "members:manage");
  const organisationId = member.current.organisationId;
  return {
    organisationName: member.current.organisationName,
    twoStep: {
      required: getOrganisationRequiresTwoStep({ organisationId }),
      myOwnIsOn: member.twoStep.enabled,
      withoutTwoStep: listMembersWithoutTwoStep({ organisationId }).map((m) => m.name),
    },
  };
}

const actionSchema = z.object({ intent: z.literal("require-two-step"), required: z.enum(["on", "off"]) });

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, "members:manage");
  const form = await readForm(request);
  if (!form) return data<MembersFormResult>({ intent: "row", error: "errors.tooLarge" }, { status: 413 });
  const parsed = actionSchema.safeParse(formToObject(form));
  if (!parsed.success) return data<MembersFormResult>({ intent: "row", error: "errors.badForm" }, { status: 400 });
  const required = parsed.data.required === "on";
  // Asking everyone for it starts with yourself, so the IT lead knows the steps their members take.
  if (required && !member.twoStep.enabled) return data<MembersFormResult>({ intent: "row", error: "members.twoStep.ownFirst" }, { status: 409 });
  setOrganisationTwoStepRequirement({
    actor: { userId: member.id, organisationId: member.current.organisationId, ipAddress: getClientAddress(context) },
    required,
  });
  return data<MembersFormResult>({ intent: "done", message: required ? "members.twoStep.nowRequired" : "members.twoStep.nowOptional" });
}

export default function TwoStepRule() {
  const { organisationName, twoStep } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <MembersConcernPage organisationName={organisationName}>
      <MembersFormOutcome result={result} />
      <TwoStepRequirement organisationName={organisationName} {...twoStep} />
    </MembersConcernPage>
  );
}
