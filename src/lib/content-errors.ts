/**
 * Errors about the content, for writers. Astro prints an error's "Location" from its stack trace, which
 * for these would be a line of our own code (src/lib/…) or of Astro's: misleading. A ContentError has
 * no stack, so Astro prints the message and, where one is known, the content file and line as the location.
 */
import yaml from 'js-yaml';

/** A content file: `file` as shown to the writer (content/events.yaml), `path` on disk. */
export interface ContentFile {
  file: string;
  path: string;
}

export class ContentError extends Error {
  loc?: { file: string; line: number; column: number };

  constructor(message: string, location?: { file: string; line: number; column: number }) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
    if (location) this.loc = location;
  }
}

/**
 * A YAML syntax error as a ContentError naming the file and the line. `file` is shown in the message;
 * `path` (absolute) is given to Astro as the location. Line numbers are the file's own: a data file is
 * all YAML, and the frontmatter block Astro extracts starts on the file's first line.
 */
export function yamlSyntaxError(error: yaml.YAMLException, { file, path }: ContentFile): ContentError {
  const line = error.mark.line + 1;
  const column = error.mark.column + 1;
  return new ContentError(
    `${file}, line ${line}: this is not valid YAML (${error.reason}). Check the indentation and the quotes ` +
      'on this line and the one before it: text that contains ": " or starts with a quote or a bracket needs quotes around it.' +
      (error.mark.snippet ? `\n${error.mark.snippet}` : ''),
    { file: path, line, column },
  );
}
