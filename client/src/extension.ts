// Activation: builds the log, the PAT store and its status item, the language client and the commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANALYSED_LANGUAGES } from '../../server/src/shared/settings';
import { registerCommands } from './commands';
import { createLanguageClient, DOCUMENT_SELECTOR } from './languageClient';
import { createLog } from './logger';
import type { Ask } from './pat/moveCredential';
import { PatStore } from './pat/patStore';
import { TerminalPat } from './pat/terminalEnv';
import { WorkspaceScan } from './scanWorkspace';
import { PatStatusItem } from './statusItem';

let client: LanguageClient | undefined;

/** What tests running in VS Code may look at or do; it never hands out the PAT. */
export interface TestApi {
  patSource(): Promise<'secret-storage' | 'environment' | undefined>;
  /** Stores a PAT as "Configure Clarifai PAT" would, without the input box. */
  storePat(token: string): Promise<void>;
  serverRunning(): boolean;
  terminalGetsPat(): boolean;
  /** Resolves when the terminal environment reflects the latest setting, PAT and trust change. */
  terminalSettled(): Promise<void>;
  /** Whether VS Code would keep the terminal environment across restarts (it must not). */
  terminalEnvironmentPersists(): boolean;
  /** While set, the extension's questions (which never hold the PAT) go to `answer` instead of the user; undefined shows them again. */
  answerQuestions(answer: Answerer | undefined): void;
}

type Answerer = (question: string, answers: readonly string[]) => string | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<TestApi | undefined> {
  const log = createLog('Clarifai');
  const store = new PatStore(context.secrets);
  const terminal = new TerminalPat(context.environmentVariableCollection, store);
  const scan = new WorkspaceScan(() => client!, log);
  context.subscriptions.push(log, store, terminal, scan, new PatStatusItem(DOCUMENT_SELECTOR, store));

  client = createLanguageClient(context, log);
  const restart = async () => {
    log.info('Restarting the Clarifai language server');
    await client!.restart();
  };
  // Only the test API can set an answerer.
  let answerer: Answerer | undefined;
  const ask: Ask = (question, ...answers) => (answerer ? Promise.resolve(answerer(question, answers)) : vscode.window.showInformationMessage(question, ...answers));
  context.subscriptions.push(...registerCommands({ client: () => client!, restart, store, scan, log, ask }));
  void vscode.commands.executeCommand('setContext', 'clarifai.languages', ANALYSED_LANGUAGES);

  try {
    await client.start();
  } catch (error) {
    log.error(`The Clarifai language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('The Clarifai language server did not start; see the Clarifai log.', 'Show Log').then((show) => {
      if (show) log.show();
    });
  }

  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    patSource: () => store.source(),
    storePat: async (token) => {
      await store.store(token);
    },
    serverRunning: () => client?.isRunning() ?? false,
    terminalGetsPat: () => terminal.active,
    terminalSettled: () => terminal.settled(),
    terminalEnvironmentPersists: () => context.environmentVariableCollection.persistent,
    answerQuestions: (answer) => {
      answerer = answer;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
