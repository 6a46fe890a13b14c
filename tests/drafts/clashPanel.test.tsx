import * as React from 'react';
import { fireEvent, render } from '@testing-library/react';
import { ClashPanel } from '../../src/components/draft/ClashPanel';
import { enGB } from '../../src/loc/enGB';

const clash = { key: 's:a', mine: 'Pupils use school laptops only with an adult present.', theirs: 'Pupils use school tablets only with an adult present. <b>x</b>' };

describe('ClashPanel', () => {
  it("shows whose version is whose with the differences highlighted, as text", () => {
    const { getByTestId, getByText, container } = render(<ClashPanel strings={enGB} clash={clash} theirName="Tom Reid" onResolve={() => undefined} />);
    expect(getByText('You and Tom Reid changed the same words of this statement')).toBeTruthy();
    expect(getByTestId('diff-before').textContent).toBe("Tom Reid's version (saved)" + clash.theirs);
    expect(getByTestId('diff-after').textContent).toBe('Your version (not saved yet)' + clash.mine);
    expect([...container.querySelectorAll('del')].map(d => d.textContent)).toEqual(['tablets', ' <b>x</b>']);
    expect([...container.querySelectorAll('ins')].map(d => d.textContent)).toEqual(['laptops']);
    expect(container.querySelector('b')).toBeNull();
  });

  it('saves the combined text as the person edited it, or one version as it is', () => {
    const chosen: string[] = [];
    const { getByRole, getByText } = render(<ClashPanel strings={enGB} clash={clash} theirName="" onResolve={text => chosen.push(text)} />);
    expect(getByText('You and someone else changed the same words of this statement')).toBeTruthy();
    const field = getByRole('textbox') as HTMLTextAreaElement;
    // Prefilled with the words of both versions.
    expect(field.value).toContain('tablets laptops');
    fireEvent.change(field, { target: { value: 'Pupils use school tablets or laptops only with an adult present.' } });
    fireEvent.click(getByText('Save combined'));
    fireEvent.click(getByText('Keep mine'));
    fireEvent.click(getByText('Keep theirs'));
    expect(chosen).toEqual(['Pupils use school tablets or laptops only with an adult present.', clash.mine, clash.theirs]);
  });
});
