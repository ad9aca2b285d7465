import { foldText } from '#src/lib/text.ts';

/**
 * Recognises the site owner in an author list however a source spells them: "Albert Einstein",
 * "A. Einstein", "Einstein, A." (which the parser hands over as "A. Einstein"). A name matches on
 * the family name plus the given name, or its initial.
 */
interface NameParts {
  family: string;
  given: string;
  /** The given name is only an initial ("A.", "W.-M."). */
  initial: boolean;
}

function partsOf(name: string): NameParts | undefined {
  // "Einstein, Albert" as some write it in authorNames.
  const [before, after] = name.split(',', 2);
  const ordered = after !== undefined ? `${after} ${before}` : name;
  const tokens = foldText(ordered)
    .split(/\s+/)
    .filter((token) => token.replace(/[^\p{L}]/gu, '') !== '');
  const given = tokens[0];
  const family = tokens.at(-1)?.replace(/[^\p{L}-]/gu, '');
  if (tokens.length < 2 || !given || !family) return undefined;
  const letters = given.replace(/[^\p{L}]/gu, '');
  return {
    family,
    given: letters,
    initial: letters.length === 1 || (given.includes('.') && letters.length <= 3),
  };
}

function sameGiven(owner: NameParts, other: NameParts): boolean {
  if (owner.initial || other.initial) return owner.given[0] === other.given[0];
  return owner.given === other.given;
}

export function ownerMatcher(ownerNames: readonly string[]): (author: string) => boolean {
  // Only the spellings with a full given name define the owner: "S. Han" in authorNames must not
  // make every "Shuo Han" the owner.
  const owners = ownerNames
    .map(partsOf)
    .filter((parts): parts is NameParts => parts !== undefined && !parts.initial);
  return (author) => {
    const parts = partsOf(author);
    return (
      parts !== undefined &&
      owners.some((owner) => owner.family === parts.family && sameGiven(owner, parts))
    );
  };
}
