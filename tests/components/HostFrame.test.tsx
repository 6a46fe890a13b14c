import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { HostFrame } from '../../src/components/host/HostFrame';
import { enGB } from '../../src/loc/enGB';
import { format } from '../../src/loc/strings';
import type { HostInfo } from '../../src/services/host/HostInfo';

const personal: HostInfo = { kind: 'Teams', locale: 'en-GB', theme: 'default', siteUrl: 'https://contoso.sharepoint.com', teams: { personal: true } };

describe('the host frame (what both composition roots render)', () => {
  it('explains, instead of reading the root site, when the personal app has no school to open', async () => {
    render(<HostFrame start={{ kind: 'notice', resolution: { kind: 'noSchool', host: personal } }} />);
    expect(await screen.findByText(enGB.host.noSchool)).toBeTruthy();
    expect(screen.getByText(enGB.host.noSchoolTitle)).toBeTruthy();
  });

  it('names the site a link points to when the person cannot read it, as text', async () => {
    const siteUrl = 'https://contoso.sharepoint.com/sites/<b>riverside</b>';
    const { container } = render(<HostFrame start={{ kind: 'notice', resolution: { kind: 'refused', host: personal, siteUrl, reason: 'cannotRead' } }} />);
    expect(await screen.findByText(format(enGB.host.cannotRead, siteUrl))).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });

  it('says when a link is not for a site of this organisation', async () => {
    render(<HostFrame start={{ kind: 'notice', resolution: { kind: 'refused', host: personal, siteUrl: 'https://evil.example/sites/x', reason: 'notThisTenant' } }} />);
    expect(await screen.findByText(enGB.host.notThisTenantTitle)).toBeTruthy();
  });
});
