import * as React from 'react';
import { DefaultButton, Link, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import { PublishPageController, type PublishPageState } from '../../app/schoolHome/PublishPageController';
import type { ISitePagePublisher, SitePageSource } from '../../services/publish/ISitePagePublisher';
import { format, type Strings } from '../../loc/strings';
import { FailureNotice } from '../common/FailureNotice';
import { useController } from '../common/useController';

export interface PublishPagePanelProps {
  strings: Strings;
  publisher: ISitePagePublisher;
  /** The school site, offered as the address to begin with. */
  schoolSiteUrl: string;
  /** The published document whose website copy becomes a page; the panel is closed without one. */
  document?: SitePageSource;
  onDismiss: () => void;
}

/** "Publish as a SharePoint page…": the site address, Publish, then the page's link or what went wrong. */
export function PublishPagePanel({ strings, publisher, schoolSiteUrl, document, onDismiss }: PublishPagePanelProps): JSX.Element {
  const t = strings.sitePage;
  return (
    <Panel isOpen={document !== undefined} type={PanelType.medium} onDismiss={onDismiss} closeButtonAriaLabel={t.close}
      headerText={document ? format(t.title, document.title) : undefined}>
      {document && <PublishPageForm strings={strings} publisher={publisher} schoolSiteUrl={schoolSiteUrl} document={document} onDismiss={onDismiss} />}
    </Panel>
  );
}

function PublishPageForm({ strings, publisher, schoolSiteUrl, document, onDismiss }: PublishPagePanelProps & { document: SitePageSource }): JSX.Element {
  const t = strings.sitePage;
  const [controller, state] = useController<PublishPageState, PublishPageController>(() => new PublishPageController(publisher, document, schoolSiteUrl), [publisher, document, schoolSiteUrl]);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{t.intro}</Text>
      <TextField label={t.siteLabel} description={t.siteHelp} value={state.siteAddress} disabled={state.busy} type="url"
        onChange={(_, value) => controller.setSiteAddress(value ?? '')} data-testid="page-site-address" />
      {state.failure && <FailureNotice failure={state.failure} strings={strings} title={t.failed} />}
      {state.pageUrl && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {t.published} <Link href={state.pageUrl} target="_blank" rel="noopener noreferrer" data-testid="page-link">{t.openPage}</Link>
        </MessageBar>
      )}
      {state.busy && <Spinner label={t.publishing} />}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={t.publish} disabled={state.busy || state.siteAddress.trim() === ''} onClick={() => void controller.publish()} data-testid="page-publish" />
        <DefaultButton text={t.close} onClick={onDismiss} />
      </Stack>
    </Stack>
  );
}
