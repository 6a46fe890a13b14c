import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { Strings } from '../../loc/strings';
import { validateBankSiteUrl } from './bankSiteUrl';

/** The web part's settings, per instance. */
export interface ESafetyPolicyHubWebPartProps {
  /** Absolute URL of the authority's bank site; empty means the current site is the bank. */
  bankSiteUrl: string;
}

/** The property pane: where a site owner points a school site at the authority's bank. */
export function buildPropertyPane(strings: Strings): IPropertyPaneConfiguration {
  const t = strings.propertyPane;
  return {
    pages: [{
      header: { description: strings.appName },
      groups: [{
        groupName: t.bankGroup,
        groupFields: [PropertyPaneTextField('bankSiteUrl', {
          label: t.bankSiteUrl,
          description: t.bankSiteUrlHelp,
          onGetErrorMessage: value => validateBankSiteUrl(value, t),
          deferredValidationTime: 500
        })]
      }]
    }]
  };
}
