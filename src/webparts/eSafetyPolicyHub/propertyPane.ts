import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { Strings } from '../../loc/strings';
import { validateBankSiteUrl } from './bankSiteUrl';

/** The web part's settings, per instance. */
export interface ESafetyPolicyHubWebPartProps {
  /** Absolute URL of the authority's bank site; empty means the current site is the bank. */
  bankSiteUrl: string;
  /** The app's id in the tenant's Teams catalogue, for deep links in notifications (default: the manifest id). */
  teamsAppId?: string;
}

/** The property pane: where a site owner points a school site at the authority's bank. */
export function buildPropertyPane(strings: Strings): IPropertyPaneConfiguration {
  return {
    pages: [{
      header: { description: strings.appName },
      groups: [{
        groupName: 'Statement bank',
        groupFields: [PropertyPaneTextField('bankSiteUrl', {
          label: 'Bank site address',
          description: "The SharePoint site where your local authority publishes the statement bank. Leave empty if this site is the bank.",
          onGetErrorMessage: validateBankSiteUrl,
          deferredValidationTime: 500
        })]
      }, {
        groupName: 'Teams',
        groupFields: [PropertyPaneTextField('teamsAppId', {
          label: 'Teams app id',
          description: "The app's id in your Teams admin centre (Manage apps), used in the links of approval notifications. Leave empty to use the app's own id."
        })]
      }]
    }]
  };
}
