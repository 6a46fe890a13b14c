import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Shell, greetingFor } from '../../src/components/shell/Shell';
import { enGB } from '../../src/loc/enGB';

const ready = {
  status: 'ready' as const,
  site: { title: 'Oakfield Primary School', url: 'http://x/sites/oakfield-primary', serverRelativeUrl: '/sites/oakfield-primary' },
  user: { id: 8, displayName: 'Helen Carter', email: 'helen@x', loginName: 'i:0#.f|membership|helen@x' }
};

describe('the shell', () => {
  it('greets by first name for the time of day', () => {
    expect(greetingFor(enGB, 9, 'Helen Carter')).toBe('Good morning, Helen');
    expect(greetingFor(enGB, 14, 'Helen Carter')).toBe('Good afternoon, Helen');
    expect(greetingFor(enGB, 19, "James O'Brien")).toBe('Good evening, James');
  });

  it('shows the greeting and the site once loaded', () => {
    render(<Shell strings={enGB} state={ready} hour={10} onRetry={() => undefined} />);
    expect(screen.getByTestId('greeting').textContent).toBe('Good morning, Helen');
    expect(screen.getByTestId('site-line').textContent).toBe('You are working in Oakfield Primary School.');
  });

  it('renders names as text, never as markup', () => {
    const hostile = { ...ready, user: { ...ready.user, displayName: '<img src=x onerror=alert(1)> Eve' } };
    const { container } = render(<Shell strings={enGB} state={hostile} hour={10} onRetry={() => undefined} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('greeting').textContent).toBe('Good morning, <img');
  });

  it('explains a failure in words, offers a retry, and shows the technical detail on demand', async () => {
    const onRetry = jest.fn();
    render(<Shell strings={enGB} state={{ status: 'failed', failure: { kind: 'accessDenied', status: 403, detail: 'Access denied.' } }} hour={10} onRetry={onRetry} />);
    // Fluent's MessageBar renders its text a moment later, so screen readers announce it.
    expect(await screen.findByText(enGB.errors.accessDenied)).toBeTruthy();
    expect(screen.queryByText(/HTTP 403/)).toBeNull();
    fireEvent.click(screen.getByText(enGB.shell.technicalDetail));
    expect(screen.getByText(/HTTP 403/)).toBeTruthy();
    fireEvent.click(screen.getByText(enGB.shell.retry));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
