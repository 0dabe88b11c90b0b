/** Problems to show people: the first few in full, and how many there were in all. */
export interface ListedProblems {
  first: string[];
  total: number;
}

/** Enough to see what is wrong; a policy with 200,000 bad entries must not become 200,000 lines. */
export const MAX_LISTED_PROBLEMS = 20;

/** Counts every problem added and keeps only the first few, so a huge input costs no memory. */
export class ProblemList {
  private readonly first: string[] = [];
  private total = 0;

  add(problem: string): void {
    this.total++;
    if (this.first.length < MAX_LISTED_PROBLEMS) this.first.push(problem);
  }

  listed(): ListedProblems {
    return { first: [...this.first], total: this.total };
  }
}

/** One line: the listed problems, then "and N more" for the rest. */
export function problemsInOneLine({ first, total }: ListedProblems): string {
  const more = total - first.length;
  return `${first.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
