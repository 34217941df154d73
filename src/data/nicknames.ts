// Common English diminutives and nicknames of given names, lower case: each formal given name with the
// short forms a reporter may print for it ("Bill" for William, "Kate" for Katherine). Written for this
// project from general knowledge of English names, keeping only the pairs that the "nicknames" project's
// names.csv also lists (github.com/carltonnorthern/nickname-and-diminutive-names-lookup, Apache-2.0).
// Deliberately left out: pairs of two formal names that list joins ("Louis" / "Louise", "John" /
// "Jonathan"), which are as often two people.
const TABLE = `
  william: bill billy will willie
  robert: bob bobby rob
  james: jim jimmy jamie
  john: johnny jack
  richard: rick rich dick richie
  thomas: tom tommy
  charles: charlie chuck
  joseph: joe joey
  michael: mike
  edward: ed eddie ted ned
  anthony: tony
  daniel: dan danny
  david: dave
  steven: steve
  stephen: steve
  christopher: chris
  matthew: matt
  andrew: andy drew
  nicholas: nick
  benjamin: ben
  samuel: sam
  alexander: alex
  jonathan: jon
  timothy: tim
  patrick: pat
  peter: pete
  kenneth: ken kenny
  ronald: ron ronnie
  donald: don
  gerald: jerry
  lawrence: larry
  frederick: fred
  raymond: ray
  gregory: greg
  jeffrey: jeff
  douglas: doug
  leonard: len lenny
  philip: phil
  albert: al
  theodore: ted teddy
  francis: frank
  henry: hank harry
  katherine: kate kathy
  catherine: cathy
  elizabeth: liz beth betty betsy lizzie
  margaret: maggie meg peggy
  jennifer: jenny jen
  susan: sue susie
  deborah: debbie deb
  patricia: pat patty tricia
  rebecca: becky
  victoria: vicky
  christine: chris
  abigail: abby
  kimberly: kim
  pamela: pam
  dorothy: dot
  samantha: sam
  alexandra: alex
  cynthia: cindy
  judith: judy
  stephanie: steph
  zachary: zach
  vincent: vince
  eugene: gene
  walter: walt
  mitchell: mitch
  nathaniel: nate
  rodney: rod
  clifford: cliff
  harold: harry hal
  jacob: jake
`;

/** Formal given name -> the short forms printed for it. */
export const DIMINUTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  TABLE.trim()
    .split("\n")
    .map((line) => {
      const [formal, short] = line.split(":");
      return [formal!.trim(), new Set(short!.trim().split(/\s+/))] as const;
    }),
);

const formalOf = new Map<string, string[]>();
for (const [formal, shorts] of DIMINUTIVES) for (const short of shorts) formalOf.set(short, [...(formalOf.get(short) ?? []), formal]);

/** The formal given names a short form is printed for, lower case: "bill" -> ["william"], "pat" -> ["patrick", "patricia"]. */
export function formalNamesOf(short: string): readonly string[] {
  return formalOf.get(short) ?? [];
}
