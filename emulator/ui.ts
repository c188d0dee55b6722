/** Ui (menus, alerts, prompts, dialogs) and HtmlService, recording everything for tests. */
import { escapeHtml } from '../src/domain/text/html';
import { GAS_CLASS, GasObject, asGas, enumName, gasEnum, gasError, ownObject } from './gas';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const BUTTON = gasEnum<typeof GoogleAppsScript.Base.Button>({
  CLOSE: true,
  OK: true,
  CANCEL: true,
  YES: true,
  NO: true,
});
export const BUTTON_SET = gasEnum<typeof GoogleAppsScript.Base.ButtonSet>({
  OK: true,
  OK_CANCEL: true,
  YES_NO: true,
  YES_NO_CANCEL: true,
});
export const SANDBOX_MODE = gasEnum<typeof GoogleAppsScript.HTML.SandboxMode>({
  EMULATED: true,
  IFRAME: true,
  NATIVE: true,
});
export const X_FRAME_OPTIONS_MODE = gasEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>({
  ALLOWALL: true,
  DEFAULT: true,
});

export type ButtonName = keyof typeof GoogleAppsScript.Base.Button & string;

const BUTTONS_OF_SET: Record<string, readonly ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuItemRecord =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly subMenu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  readonly items: readonly MenuItemRecord[];
}

export interface AlertRecord {
  readonly title: string;
  readonly prompt: string;
  /** The ButtonSet's name: OK, OK_CANCEL, YES_NO or YES_NO_CANCEL. */
  readonly buttons: string;
  /** The button the emulated user pressed. */
  readonly reply: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  readonly responseText: string;
}

export interface DialogRecord {
  readonly kind: 'modal' | 'modeless' | 'sidebar';
  readonly title: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
}

export interface ToastRecord {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** Everything the script showed the user, and the user's scripted answers. */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** False in contexts without a user interface (time-driven triggers): getUi() throws. */
  available = true;
  private readonly alertReplies: ButtonName[] = [];
  private readonly promptReplies: { text: string; button: ButtonName | undefined }[] = [];

  /** The buttons the user presses at the next alerts, in order; then the first of each set. */
  replyToAlerts(...buttons: ButtonName[]): void {
    this.alertReplies.push(...buttons);
  }

  /** The text the user types at the next prompts (and the button, by default the first). */
  replyToPrompts(...replies: (string | { text: string; button?: ButtonName })[]): void {
    for (const reply of replies)
      this.promptReplies.push(
        typeof reply === 'string'
          ? { text: reply, button: undefined }
          : { text: reply.text, button: reply.button },
      );
  }

  nextAlertReply(buttonSet: string): ButtonName {
    return checkedReply(this.alertReplies.shift(), buttonSet);
  }

  nextPromptReply(buttonSet: string): { text: string; button: ButtonName } {
    const reply = this.promptReplies.shift();
    return { text: reply?.text ?? '', button: checkedReply(reply?.button, buttonSet) };
  }

  /** Forgets everything recorded (not the replies still queued). */
  clear(): void {
    for (const list of [this.menus, this.alerts, this.prompts, this.dialogs, this.toasts])
      list.length = 0;
  }
}

function checkedReply(reply: ButtonName | undefined, buttonSet: string): ButtonName {
  const buttons = BUTTONS_OF_SET[buttonSet] ?? ['OK'];
  if (reply === undefined) return buttons[0] ?? 'OK';
  if (!buttons.includes(reply))
    throw new Error(`The test's reply ${reply} is not a button of ButtonSet.${buttonSet}`);
  return reply;
}

export class EmulatedUi
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      | 'Button'
      | 'ButtonSet'
      | 'alert'
      | 'prompt'
      | 'createMenu'
      | 'createAddonMenu'
      | 'showModalDialog'
      | 'showModelessDialog'
      | 'showSidebar'
    >
{
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(readonly log: UiLog) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Ui';
  }

  alert(titleOrPrompt: string, promptOrButtons?: string | ButtonSet, buttons?: ButtonSet): Button {
    const { title, prompt, buttonSet } = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const reply = this.log.nextAlertReply(buttonSet);
    this.log.alerts.push({ title, prompt, buttons: buttonSet, reply });
    return BUTTON[reply];
  }

  prompt(
    titleOrPrompt: string,
    promptOrButtons?: string | ButtonSet,
    buttons?: ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttonSet } = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const reply = this.log.nextPromptReply(buttonSet);
    this.log.prompts.push({
      title,
      prompt,
      buttons: buttonSet,
      reply: reply.button,
      responseText: reply.text,
    });
    return asGas(new EmulatedPromptResponse(reply.text, BUTTON[reply.button]));
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return asGas(new EmulatedMenu(String(caption), this.log));
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return asGas(new EmulatedMenu('Add-ons', this.log));
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.log.dialogs.push(dialog('modal', userInterface, String(title), 'Ui.showModalDialog'));
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.log.dialogs.push(
      dialog('modeless', userInterface, String(title), 'Ui.showModelessDialog'),
    );
  }

  showSidebar(userInterface: HtmlOutput): void {
    const output = ownObject(userInterface, EmulatedHtmlOutput, 'Ui.showSidebar');
    this.log.dialogs.push({
      ...dialog('sidebar', output, output.getTitle(), 'Ui.showSidebar'),
      width: 300,
    });
  }
}

function dialogArguments(
  titleOrPrompt: string,
  promptOrButtons: string | ButtonSet | undefined,
  buttons: ButtonSet | undefined,
): { title: string; prompt: string; buttonSet: string } {
  if (typeof promptOrButtons === 'string')
    return {
      title: String(titleOrPrompt),
      prompt: promptOrButtons,
      buttonSet: enumName(buttons ?? BUTTON_SET.OK),
    };
  return {
    title: '',
    prompt: String(titleOrPrompt),
    buttonSet: enumName(promptOrButtons ?? BUTTON_SET.OK),
  };
}

function dialog(
  kind: DialogRecord['kind'],
  userInterface: unknown,
  title: string,
  method: string,
): DialogRecord {
  const output = ownObject(userInterface, EmulatedHtmlOutput, method);
  return {
    kind,
    title,
    html: output.getContent(),
    width: output.getWidth(),
    height: output.getHeight(),
  };
}

export class EmulatedPromptResponse
  extends GasObject
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    private readonly text: string,
    private readonly button: Button,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'PromptResponse';
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): Button {
    return this.button;
  }
}

export class EmulatedMenu
  extends GasObject
  implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly items: MenuItemRecord[] = [];

  constructor(
    readonly caption: string,
    private readonly log: UiLog,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Menu';
  }

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return asGas(this);
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ separator: true });
    return asGas(this);
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.items.push({ subMenu: ownObject(menu, EmulatedMenu, 'Menu.addSubMenu')._record() });
    return asGas(this);
  }

  /** Adds the menu to the Sheet's menu bar; adding a menu of the same caption again replaces it. */
  addToUi(): void {
    const record = this._record();
    const index = this.log.menus.findIndex((menu) => menu.caption === record.caption);
    if (index >= 0) this.log.menus[index] = record;
    else this.log.menus.push(record);
  }

  _record(): MenuRecord {
    return { caption: this.caption, items: this.items.map((item) => ({ ...item })) };
  }
}

export class EmulatedHtmlService
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutput' | 'createHtmlOutputFromFile' | 'SandboxMode' | 'XFrameOptionsMode'
    >
{
  readonly SandboxMode = SANDBOX_MODE;
  readonly XFrameOptionsMode = X_FRAME_OPTIONS_MODE;

  constructor(private readonly files: Readonly<Record<string, string>>) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'HtmlService';
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    if (html !== undefined && typeof html !== 'string')
      throw gasError("The emulator's HtmlService.createHtmlOutput takes only a string of HTML");
    return asGas(new EmulatedHtmlOutput(html ?? ''));
  }

  /** A project file by name, with or without `.html`, as Apps Script finds it. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const content = this.files[filename.replace(/\.html$/, '')];
    if (content === undefined) throw gasError(`No HTML file named ${filename} was found.`);
    return asGas(new EmulatedHtmlOutput(content));
  }
}

export class EmulatedHtmlOutput
  extends GasObject
  implements
    Pick<
      HtmlOutput,
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getContent'
      | 'setWidth'
      | 'getWidth'
      | 'setHeight'
      | 'getHeight'
      | 'setTitle'
      | 'getTitle'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
    >
{
  private title = '';
  private width = 600;
  private height = 400;

  constructor(private content: string) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'HtmlOutput';
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return asGas(this);
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return asGas(this);
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return asGas(this);
  }

  clear(): HtmlOutput {
    this.content = '';
    return asGas(this);
  }

  getContent(): string {
    return this.content;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return asGas(this);
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return asGas(this);
  }

  getHeight(): number {
    return this.height;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return asGas(this);
  }

  getTitle(): string {
    return this.title;
  }

  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return asGas(this);
  }

  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return asGas(this);
  }
}
