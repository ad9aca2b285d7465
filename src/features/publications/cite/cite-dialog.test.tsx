import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MessagesProvider } from '#src/i18n/messages-context.tsx';
import { messages } from '#src/i18n/messages/en.ts';
import { CiteButton } from './cite-button.tsx';
import { paperById } from './test-papers.ts';

function renderCiteButton(id = 'haq') {
  const user = userEvent.setup();
  render(
    <MessagesProvider messages={messages}>
      <CiteButton paper={paperById(id)} />
    </MessagesProvider>,
  );
  return { user };
}

const reference = async (style: string) =>
  within(await screen.findByRole('dialog', { name: 'Cite this paper' })).findByRole('figure', {
    name: `Reference in ${style}`,
  });

describe('the Cite dialog', () => {
  it("opens on the paper's APA reference", async () => {
    const { user } = renderCiteButton();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const apa = await reference('APA');
    expect(await within(apa).findByText(/^Wang, K\., Liu, Z\./)).toBeInTheDocument();
    expect(apa).toHaveTextContent(
      'Wang, K., Liu, Z., Lin, Y., Lin, J., & Han, S. (2019). HAQ: Hardware-Aware Automated Quantization with Mixed Precision.',
    );
    expect(screen.getByRole('radio', { name: 'APA' })).toBeChecked();
  });

  it('switches to another style, and to BibTeX', async () => {
    const { user } = renderCiteButton();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.click(await screen.findByRole('radio', { name: 'IEEE' }));
    const ieee = await reference('IEEE');
    expect(await within(ieee).findByText(/^\[1\] K\. Wang/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'BibTeX' }));
    expect(await reference('BibTeX')).toHaveTextContent('@inproceedings{wang2019haq,');
  });

  it('copies the reference shown and says so', async () => {
    const { user } = renderCiteButton();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.click(await screen.findByRole('radio', { name: 'Chicago (author-date)' }));
    await within(await reference('Chicago (author-date)')).findByText(/^Wang, Kuan/);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Chicago (author-date) reference copied to the clipboard.',
    );
    expect(await navigator.clipboard.readText()).toMatch(
      /^Wang, Kuan, Zhijian Liu, Yujun Lin, Ji Lin, and Song Han\. 2019\. “HAQ/,
    );
  });

  it('closes on Escape and gives the focus back to the Cite button', async () => {
    const { user } = renderCiteButton();
    const cite = screen.getByRole('button', { name: 'Cite' });
    await user.click(cite);
    await reference('APA');
    await user.click(screen.getByRole('radio', { name: 'MLA' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cite).toHaveFocus();
  });

  it('closes with its Close button too', async () => {
    const { user } = renderCiteButton('nhas');
    const cite = screen.getByRole('button', { name: 'Cite' });
    await user.click(cite);
    // A paper without authors starts with its title.
    expect(await reference('APA')).toHaveTextContent(/^Neural-Hardware Architecture Search\./);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cite).toHaveFocus();
  });
});
