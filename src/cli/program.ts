/**
 * The commander program: `kindness [text...]` checks a draft, `kindness check [files...]` checks
 * files. Both resolve to `runCheck`; the action stores the exit code for `run` to return.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { readDefaultArguments, refuseUnquotedDraft } from './arguments.js';
import { runCheck, type CheckOptions, type InputSpec } from './check.js';
import type { CliIO, ExitCode } from './io.js';
import type { ExplainOptions } from './explain.js';
import type { InitOptions } from './init.js';
import type { RulesOptions } from './rules.js';
import type { ScanOptions } from './scan.js';

const EXAMPLES = `
Examples:
  kindness "you're so dumb lol"           check a draft
  kindness --text "notes.txt is late"     check words that look like a file name as a draft
  kindness draft.txt                      check a file (a lone existing path is a file)
  kindness check captions/ draft.txt      check files and folders
  echo "nobody asked" | kindness -        check standard input
  kindness check . --format json          machine-readable results
  kindness scan my-tiktok-export.zip      scan a whole export of comments
  kindness init                           write a commented .kindnessrc
  kindness explain insults                what a rule catches and why

Exit codes: 0 nothing fails, 1 findings fail, 2 usage, config or input error.
`;

const PROMPT = 'Type or paste your draft, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows):\n';

function parseMaxWarnings(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < -1) throw new InvalidArgumentError('expected a whole number, -1 for no limit');
  return parsed;
}

function parsePositive(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return parsed;
}

function parseDelimiter(value: string): string {
  if (value === 'tab' || value === '\\t') return '\t';
  if ([...value].length !== 1 || value === '"' || value === '\n' || value === '\r') throw new InvalidArgumentError('expected one character, like "," or ";", or "tab"');
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Shared by every command that prints: fresh Option objects, as commander owns each one. */
const colorOn = () => new Option('--color', 'force colour on');
const colorOff = () => new Option('--no-color', 'turn colour off');

function addCheckOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'sarif', 'github', 'html']).default('stylish'))
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--rule <id=level>', 'set a rule to off, warn or error for this run (repeatable)', collect, [])
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseMaxWarnings, -1)
    .option('--quiet', 'report errors only', false)
    .option('--ignore-path <file>', 'read ignore patterns (gitignore syntax) from this file instead of .kindnessignore')
    .option('--no-ignore', 'check files even when .kindnessignore (or --ignore-path) excludes them')
    .option('--report-unused-disable-directives', 'report kindness-disable directives that silence nothing, as errors')
    .option('--no-model', 'check with the rules alone, without the trained model')
    .addOption(colorOn())
    .addOption(colorOff());
}

/**
 * Options written before a command (`kindness -f json check …`) are parsed by the program, not
 * the command. Hand each one to the command when it has the same option, and refuse the rest:
 * an option is never dropped without a word.
 */
function passRootOptions(program: Command, command: Command): void {
  for (const option of program.options) {
    const key = option.attributeName();
    if (program.getOptionValueSource(key) !== 'cli' || key === 'version') continue;
    const flag = option.long ?? option.short ?? key;
    const own = command.options.find((candidate) => candidate.attributeName() === key && candidate.negate === option.negate);
    if (own === undefined) throw new UsageError(`${flag} does not apply to "kindness ${command.name()}"; write options after the command`);
    if (command.getOptionValueSource(key) === 'cli') continue;
    const value: unknown = program.getOptionValue(key);
    if (own.argChoices !== undefined && !own.argChoices.includes(String(value))) {
      throw new UsageError(`${flag} ${String(value)}: not an option of "kindness ${command.name()}" (choices: ${own.argChoices.join(', ')})`);
    }
    command.setOptionValueWithSource(key, value, 'cli');
  }
}

/** Builds the program; `exit` receives the exit code of whichever command ran. */
export function createProgram(io: CliIO, version: string, exit: (code: ExitCode) => void): Command {
  const program = new Command('kindness')
    .description('Catches hurtful words before you post them, and suggests a kinder way to say it.')
    .version(version, '-v, --version')
    .exitOverride()
    // Options after `check` belong to `check`, so both commands can share their names.
    .enablePositionalOptions()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES)
    .hook('preAction', (_program, command) => {
      if (command !== program) passRootOptions(program, command);
    });

  addCheckOptions(program)
    .argument('[text...]', 'the draft to check, or files and folders; "-" reads standard input')
    .option('--text <draft>', 'check these words as a draft, even if they name a file')
    .action(async (words: string[], options: CheckOptions & { text?: string }) => {
      if (options.text !== undefined && words.length > 0) throw new UsageError('give the draft either after --text or as arguments, not both');
      const given = options.text !== undefined ? ({ kind: 'text', text: options.text } as const) : readDefaultArguments(words, io.cwd);
      let specs: InputSpec[];
      if (given.kind === 'files') specs = given.paths.map((file) => ({ kind: 'file', path: file }));
      else if (given.kind === 'text') specs = [given];
      else {
        if (words.length === 0 && io.stdin.isTTY) io.stderr.write(PROMPT);
        specs = [{ kind: 'stdin' }];
      }
      exit(await runCheck(specs, options, io));
    });

  addCheckOptions(program.command('check'))
    .description('check files and folders ("-" reads standard input)')
    .argument('[files...]', 'files or folders to check')
    .option('--text <draft>', 'check these words as a draft instead of files')
    .action(async (files: string[], options: CheckOptions & { text?: string }) => {
      if (options.text !== undefined) {
        if (files.length > 0) throw new UsageError('give either files or --text, not both');
        exit(await runCheck([{ kind: 'text', text: options.text }], options, io));
        return;
      }
      if (files.length === 0 && io.stdin.isTTY) throw new UsageError('check needs files or folders, or text on standard input');
      refuseUnquotedDraft('check', files, io.cwd);
      const specs: InputSpec[] = files.length === 0 ? [{ kind: 'stdin' }] : files.map((file) => (file === '-' ? { kind: 'stdin' } : { kind: 'file', path: file }));
      exit(await runCheck(specs, options, io));
    });

  program
    .command('scan')
    .description('scan exports of comments and captions: TikTok, Instagram, YouTube, CSV, JSON Lines, JSON, text')
    .argument('<paths...>', 'export files, unpacked export folders or .zip exports')
    .addOption(new Option('-f, --format <name>', 'report format').choices(['summary', 'json', 'jsonl', 'csv', 'sarif', 'github', 'html']).default('summary'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--input-format <name>', 'read every input as this format instead of detecting it').choices(['tiktok', 'instagram', 'youtube-csv', 'youtube-html', 'jsonl', 'json', 'csv', 'tsv', 'text']))
    .option('--text-field <name>', 'the field or column holding the text (CSV, JSON, JSON Lines)')
    .option('--id-field <name>', 'the field or column holding the item id')
    .option('--delimiter <char>', 'CSV: the column delimiter (",", ";", "tab" or one character); detected from the header by default', parseDelimiter)
    .option('--whole', 'plain text: read each file as one item instead of one per line', false)
    .option('--strict', 'stop at a malformed CSV row instead of skipping it', false)
    .option('--all', 'json and jsonl: include clean items too', false)
    .option('--verbose', 'summary: list every finding, not only the worst items', false)
    .option('--redact-authors', 'replace account names with stable short hashes in every format', false)
    .addOption(new Option('--fail-on <level>', 'exit 1 on findings at this level or above').choices(['error', 'warn', 'never']).default('error'))
    .option('--write-baseline', 'record every current finding in the baseline so later scans report only new ones', false)
    .option('--baseline <file>', 'the baseline file to write or to filter by (default: .kindness-baseline.json, used when present)')
    .option('--no-baseline', 'report every finding, even those in the baseline')
    .option('--ignore-path <file>', 'read ignore patterns (gitignore syntax) from this file instead of .kindnessignore')
    .option('--no-ignore', 'scan files even when .kindnessignore (or --ignore-path) excludes them')
    .option('-j, --jobs <n>', 'threads that lint, this one and n - 1 workers (default and most: one per core)', parsePositive)
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--rule <id=level>', 'set a rule to off, warn or error for this run (repeatable)', collect, [])
    .option('--no-model', 'check with the rules alone, without the trained model')
    .option('--quiet', 'errors only, and no progress display', false)
    .addOption(colorOn())
    .addOption(colorOff())
    .action(async (paths: string[], options: ScanOptions) => {
      refuseUnquotedDraft('scan', paths, io.cwd);
      const { runScan } = await import('./scan.js');
      exit(await runScan(paths, options, io));
    });

  program
    .command('init')
    .description('write a commented .kindnessrc here (asks a few questions on a terminal)')
    .option('-y, --yes', 'do not ask; use --audience and --strictness, or their defaults', false)
    .addOption(new Option('--audience <name>', 'who reads your posts').choices(['general', 'kids', 'professional']))
    .addOption(new Option('--strictness <level>', 'how strict to be').choices(['relaxed', 'standard', 'strict']))
    .option('--force', 'replace an existing config file', false)
    .action(async (options: InitOptions) => {
      const { runInit } = await import('./init.js');
      exit(await runInit(options, io));
    });

  program
    .command('rules')
    .description('list every rule: category, default severity, and what the config here does with it')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .addOption(colorOn())
    .addOption(colorOff())
    .action(async (options: RulesOptions) => {
      const { runRules } = await import('./rules.js');
      exit(await runRules(options, io));
    });

  program
    .command('explain')
    .description('what a rule catches, what it does not, why it matters, and kinder ways to say it')
    .argument('<rule>', 'a rule id, like insults or foo/brand-bashing')
    .option('-c, --config <path>', 'use this config file instead of searching for one (for plugin rules)')
    .addOption(colorOn())
    .addOption(colorOff())
    .action(async (ruleId: string, options: ExplainOptions) => {
      const { runExplain } = await import('./explain.js');
      exit(await runExplain(ruleId, options, io));
    });

  return program;
}
