import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { DeliveryList } from '../../src/components/notify/DeliveryList';
import { enGB } from '../../src/loc/enGB';
import type { Delivery } from '../../src/services/notify/INotificationService';

const link = 'https://contoso.sharepoint.com/sites/oakfield/SitePages/Policy.aspx?round=1';
const deliveries: Delivery[] = [
  { recipient: { name: 'Margaret Lewis', login: 'm@x', email: 'm@x' }, channel: 'teams', detail: 'Teams activity feed' },
  { recipient: { name: 'Sarah Whitfield', login: 's#EXT#@x', email: 's@y' }, channel: 'mail', detail: 'E-mail', problem: 'notInstalled' },
  { recipient: { name: 'Helen Carter', login: 'h@x', email: 'h@x' }, channel: 'failed', detail: 'no grant', problem: 'noApiAccess', link }
];

describe('who was told how', () => {
  it('says the channel, why Teams did not carry it, and gives the link to copy where nothing was sent', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(<DeliveryList strings={enGB} deliveries={deliveries} />);
    expect(screen.getByText('Margaret Lewis: Teams activity feed')).toBeTruthy();
    expect(screen.getByText('Sarah Whitfield: E-mail')).toBeTruthy();
    expect(screen.getByText(enGB.notify.problem.notInstalled)).toBeTruthy();
    expect(screen.getByText(enGB.notify.problem.noApiAccess)).toBeTruthy();
    const field = screen.getByLabelText('Link for Helen Carter') as HTMLInputElement;
    expect(field.value).toBe(link);
    expect(field.readOnly).toBe(true);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: enGB.notify.copy })); });
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByRole('button', { name: enGB.notify.copied })).toBeTruthy();
    // Only the undelivered one offers a link.
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });
});
