/** Member predicates of the rule data, as functions over a member and its indexed facts. */
import type { MemberPredicate } from "../rules/types";
import type { Member } from "./input";
import { tallyOf, type MemberFacts } from "./member-facts";
import { scaleRank } from "./scale";
import { fold } from "./text";

export interface PredicateOutcome {
  ok: boolean;
  /** Set when the member has nothing recorded that the predicate needs: worth a warning. */
  nothingRecorded?: boolean;
}

export type MemberTest = (member: Member, facts: MemberFacts | undefined) => PredicateOutcome;

const YES: PredicateOutcome = { ok: true };
const NO: PredicateOutcome = { ok: false };

export function memberTest(predicate: MemberPredicate): MemberTest {
  switch (predicate.kind) {
    case "noDiscipline":
      return (member) => (member.discipline === null ? YES : NO);
    case "rosterFlag":
      return (member) => (member[predicate.field] === true ? YES : NO);
    case "hasCertificate": {
      const wanted = predicate.categories.map(fold);
      return (_m, facts) => (facts && wanted.some((c) => facts.certificateCategories.includes(c)) ? YES : NO);
    }
    case "completedAnyOfGroup": {
      const group = fold(predicate.group);
      return (_m, facts) => ((tallyOf(facts, group)?.completed ?? 0) > 0 ? YES : NO);
    }
    case "completedAllOfGroups": {
      const groups = [...new Set(predicate.groups.map(fold))];
      return (_m, facts) => {
        let total = 0;
        let completed = 0;
        for (const group of groups) {
          const tally = tallyOf(facts, group);
          total += tally?.total ?? 0;
          completed += tally?.completed ?? 0;
        }
        if (total === 0) return { ok: false, nothingRecorded: true };
        return completed === total ? YES : NO;
      };
    }
    case "titleAtLeast": {
      const min = scaleRank(predicate.scale, predicate.min);
      if (min === undefined) throw new Error(`Dữ liệu quy định: “${predicate.min}” không có trong thang ${predicate.scale}`);
      return (_m, facts) =>
        facts?.titles.some((title) => (scaleRank(predicate.scale, title) ?? -1) >= min) ? YES : NO;
    }
  }
}
