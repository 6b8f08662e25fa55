import { Link } from "./link";
import type { SharingLevel } from "../branches/sharing";
import { useT } from "../i18n/use-t";

/** On a branch's members page: what its national party sees, and until the branch chose, that a default holds. */
export function BranchSharingLink({ sharing }: { sharing: { level: SharingLevel; chosen: boolean; partyName: string } | null }) {
  const t = useT();
  if (!sharing) return null;
  return (
    <div className={sharing.chosen ? undefined : "notice"}>
      {sharing.chosen ? null : <p>{t("sharing.defaultNotice", { party: sharing.partyName, level: t(`sharing.level.${sharing.level}`) })}</p>}
      <p>
        <Link to="/organisation/sharing">{t("members.sharingLink")}</Link>
        {sharing.chosen ? ` (${t(`sharing.level.${sharing.level}`)})` : null}
      </p>
    </div>
  );
}
