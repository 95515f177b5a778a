// Demo content for the Beacon forum: extra demo users and the threads (with replies)
// shown in the English and Simplified Chinese sections of the demo instance.

export type DemoLocale = 'en' | 'zh-CN';

export type DemoTopic = 'deposits-withdrawals' | 'account-security' | 'kyc-verification' | 'trading' | 'api' | 'announcements';

export type DemoHandle =
  'admin' | 'staff_zh' | 'staff_en' | 'moderator' | 'alice' | 'xiaoming' | 'bob' | 'li_wei' | 'carol' | 'zhang_san' | 'dave' | 'wang_fang';

export interface DemoReply {
  author: DemoHandle;
  body: string;
  officialAnswer?: boolean;
  minutesAfterQuestion: number;
}

export interface DemoThread {
  locale: DemoLocale;
  topic: DemoTopic;
  author: DemoHandle;
  title: string;
  body: string;
  tags: string[];
  daysAgo: number;
  pinned?: boolean;
  locked?: boolean;
  replies: DemoReply[];
}

/** Ordinary demo users in addition to alice (en) and xiaoming (zh-CN). */
export const DEMO_USERS_EXTRA: { handle: DemoHandle; displayName: string; locale: DemoLocale }[] = [
  { handle: 'bob', displayName: 'Bob', locale: 'en' },
  { handle: 'carol', displayName: 'Carol', locale: 'en' },
  { handle: 'dave', displayName: 'Dave', locale: 'en' },
  { handle: 'li_wei', displayName: '李伟', locale: 'zh-CN' },
  { handle: 'zhang_san', displayName: '张三', locale: 'zh-CN' },
  { handle: 'wang_fang', displayName: '王芳', locale: 'zh-CN' },
];

export const DEMO_THREADS: DemoThread[] = [
  // ---- en / announcements
  {
    locale: 'en',
    topic: 'announcements',
    author: 'staff_en',
    title: 'Welcome to Beacon: please read before posting',
    body: `Welcome to **Beacon**, the community support forum for OKX users. Members of the OKX support team answer questions here alongside experienced community members.

### Before you post
1. **Search first.** Many deposit, withdrawal and KYC questions have already been answered.
2. **Pick the right topic:** Deposits & withdrawals, Account security, KYC verification, Trading or API.
3. **Include the details that help:** coin, network (e.g. \`TRC20\`, \`ERC20\`), the status shown in the app, the approximate time in UTC and, for on-chain transfers, the transaction ID (TXID).

### Never post, and never send to anyone
- your login password or fund password
- 2FA, SMS or email verification codes
- private keys or recovery (seed) phrases
- API secret keys or API passphrases
- photos of your ID documents

OKX staff will **never** ask you for any of these: not in this forum, not by direct message, not by phone. Staff accounts carry the Staff badge, and the reply that resolves a question is marked as the official answer.

Some problems can only be handled with access to your account (frozen accounts, missing deposits that need a manual credit). In that case we will point you to the official support channels: the in-app chat or the [Help Center](https://www.okx.com/help).

Be kind, stay on topic, and have a good time here.`,
    tags: ['rules', 'security'],
    daysAgo: 60,
    pinned: true,
    replies: [
      {
        author: 'bob',
        minutesAfterQuestion: 190,
        body: `Good list. One thing I'd add: the only official website is \`okx.com\`. Check the address bar before you log in anywhere, especially if you got there from a link in a message.`,
      },
      {
        author: 'admin',
        minutesAfterQuestion: 260,
        body: `Thanks @bob, fair point. We've added a line about checking the domain to the posting guidelines.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'announcements',
    author: 'staff_en',
    title: 'Scheduled wallet maintenance: short pause for ERC20 and TRC20 deposits and withdrawals',
    body: `We're carrying out scheduled wallet maintenance on **Wednesday, 06:00 to 08:00 UTC**.

**What's affected**
- Deposits and withdrawals on the **Ethereum (ERC20)** and **TRON (TRC20)** networks will be paused for about two hours.
- All other networks, spot and derivatives trading, and internal transfers are **not** affected.

**What you need to do**
- Nothing. Deposits sent during the window will be credited once the maintenance is finished.
- Withdrawals submitted during the window will stay in *Processing* and will go out automatically afterwards. Please don't cancel and resubmit them.

We'll update this post when the maintenance is complete. The official notice is also listed in the [Help Center](https://www.okx.com/help).`,
    tags: ['maintenance', 'erc20', 'trc20'],
    daysAgo: 6,
    pinned: true,
    replies: [
      {
        author: 'dave',
        minutesAfterQuestion: 45,
        body: `Will open withdrawal requests on other networks (Arbitrum, for example) be held up as well, or only ERC20/TRC20?`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 70,
        body: `Only ERC20 and TRC20 are paused. Withdrawals on Arbitrum and other networks will be processed as usual.`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 2890,
        body: `**Update:** maintenance finished at 07:40 UTC. ERC20 and TRC20 deposits and withdrawals are back to normal, and the queued withdrawals have been sent.`,
      },
    ],
  },
  // ---- en / deposits-withdrawals
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'alice',
    title: 'USDT withdrawal stuck in "Pending review" for 6 hours',
    body: `Hi all,

I requested a withdrawal of **1,200 USDT (TRC20)** to my own hardware wallet about 6 hours ago. The status has said *Pending review* the whole time. Smaller withdrawals to the same address went through within minutes last month.

- Network: TRC20
- Destination: an address I've used before and saved in my address book
- No TXID shown yet

Is there anything I can do to speed this up? Should I cancel and try again?`,
    tags: ['withdrawal', 'usdt'],
    daysAgo: 2,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 38,
        officialAnswer: true,
        body: `Hi @alice, thanks for the details.

Withdrawals can be held for a manual review for a few reasons, for example:
- a **recent change to your security settings** (password, phone, email or 2FA), which triggers a temporary withdrawal hold, usually 24 hours
- an amount that's larger than your usual activity
- a routine risk check on the destination address

**Please don't cancel and resubmit.** A new request goes to the back of the queue and can make the review take longer. Most reviews finish within a few hours. If yours is still pending after 24 hours, contact support through the in-app chat and give them the withdrawal ID, not the address or your login details.

A reminder for everyone reading: nobody from OKX will ask for your password or verification codes to "speed up" a withdrawal.`,
      },
      {
        author: 'alice',
        minutesAfterQuestion: 85,
        body: `That might be it. I changed my login password yesterday evening after a "new device" notice, which turned out to be my own laptop. I didn't realise that puts a hold on withdrawals.`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 102,
        body: `Yes, that explains it. The hold is there so that someone who has just taken over an account can't move funds straight away. Your withdrawal will be released automatically when the hold ends.`,
      },
      {
        author: 'alice',
        minutesAfterQuestion: 1490,
        body: `It went through this morning and the TXID is confirmed on-chain. Thanks for the quick explanation!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'bob',
    title: 'Sent USDT on BNB Smart Chain to my ERC20 deposit address, not credited',
    body: `I messed up. I sent **350 USDT** from another wallet using **BNB Smart Chain (BEP20)**, but the address I pasted was the one OKX shows for USDT **ERC20**. Both start with \`0x\`, so the wallet accepted it without complaining.

The transaction is confirmed on BscScan, but nothing shows up in my deposit history after 3 hours.

Are these funds lost? Is there a recovery process?`,
    tags: ['deposit', 'usdt', 'erc20'],
    daysAgo: 9,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 25,
        body: `Quick warning while you wait for staff: posts like this attract direct messages from "recovery experts" who promise to get your funds back for a fee, or ask for your recovery phrase. They're all scams. Only follow the official process described by staff here or in the Help Center.`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 64,
        officialAnswer: true,
        body: `Hi @bob, sorry to hear that. This is one of the most common deposit problems because EVM networks share the same address format.

Here's what to do:
1. On the **Deposit** page for USDT, check which networks are listed. If BNB Smart Chain is listed, use that network's address in future, because deposits only credit automatically on the network they were made on.
2. For a deposit made on an unsupported or different network, submit a **deposit recovery request** through the in-app support chat. Have ready: the coin, the network you actually used, the amount, the TXID and the deposit address.
3. Recovery is reviewed case by case. It is usually possible when the address belongs to OKX, but it isn't guaranteed and it can take some time.

You never need to share a private key, recovery phrase or password to recover a deposit.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 130,
        body: `Submitted through the chat with the TXID. Thanks, and thanks @moderator. I already had two DMs.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 7100,
        body: `Update for anyone who finds this later: the deposit was recovered and credited to my funding account after about 5 days. Lesson learned: I'll always check the network dropdown first.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'carol',
    title: 'XRP deposit without destination tag, how do I get it back?',
    body: `I'm fairly new to this. I withdrew **80 XRP** from another exchange to OKX, and only afterwards noticed the deposit page shows both an address *and* a "Tag". I left the tag field empty on the other exchange.

The transaction shows as successful on the XRP ledger explorer. Is the XRP gone?`,
    tags: ['deposit', 'xrp', 'memo'],
    daysAgo: 15,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 142,
        officialAnswer: true,
        body: `Hi @carol, don't worry. Deposits with a missing or wrong tag can usually be traced and credited manually.

Some networks (XRP, XLM, EOS, TON and others) use one shared deposit address, and the **tag / memo / comment** tells us which account the funds belong to. Without it, the deposit can't be credited automatically.

To request a manual credit, open the in-app support chat and choose the missing tag/memo option. Provide:
- coin and network (\`XRP\`)
- amount
- TXID
- the OKX deposit address you sent to

The team will match it to your account. For future deposits, always copy **both** the address and the tag from the deposit page.`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 300,
        body: `Done. The bot asked exactly for those fields. Thank you!`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 3050,
        body: `Credited! It took about two days. Marking this for anyone else who forgets the tag.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'dave',
    title: 'Why is the USDT withdrawal fee so much higher on ERC20 than TRC20?',
    body: `When withdrawing USDT, the fee for **ERC20** is several times higher than for **TRC20**, and it also changes from day to day. Is OKX charging more for Ethereum, or is that the network cost?

Also, is there any reason *not* to use TRC20 when sending to another exchange?`,
    tags: ['fees', 'trc20', 'erc20'],
    daysAgo: 21,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 55,
        officialAnswer: true,
        body: `Hi @dave, the withdrawal fee mostly reflects the cost of sending the transaction on that network. Ethereum gas is usually much more expensive than TRON, so the ERC20 fee is higher and is adjusted when network conditions change. The current fee for each network is always shown on the withdrawal page before you confirm, and it's listed on the [fees page](https://www.okx.com/fees).

Which network to use:
- Choose the network that **the receiving side supports for that specific coin**. If they only list ERC20, a TRC20 transfer won't be credited.
- Addresses are different: TRC20 addresses start with \`T\`, ERC20 addresses start with \`0x\`.
- Some wallets and services also support cheaper layer-2 networks such as Arbitrum or Optimism for USDT. Check both sides first.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 140,
        body: `Practical tip: I always send a small test amount first when I use a new network/destination combo. Paying the fee twice is cheaper than a recovery request.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 210,
        body: `Makes sense, thanks both. The receiving side supports TRC20, so I'll use that.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'alice',
    title: 'Deposit shows "Completed" but my trading balance is 0',
    body: `My BTC deposit says **Completed** in the deposit history, but when I open the spot trading screen my available BTC balance is \`0\`. Did something go wrong?`,
    tags: ['deposit', 'balance'],
    daysAgo: 33,
    replies: [
      {
        author: 'bob',
        minutesAfterQuestion: 12,
        body: `It's probably in your **Funding** account. Deposits land there first. Go to Assets → Transfer and move it to your **Trading** account, then it shows up on the trading screen.`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 40,
        body: `@bob is right. Crypto deposits are credited to the **Funding account**. To trade, transfer the amount to your **Trading account** (Assets → Transfer). Internal transfers are free and instant.

If the amount doesn't show in the Funding account either, reply with the deposit status and time and we'll take a look.`,
      },
      {
        author: 'alice',
        minutesAfterQuestion: 55,
        body: `Found it, it was in Funding. Transferred and it shows up now. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'dave',
    title: 'Withdrawal in review for hours, is something wrong with my account?',
    body: `Same issue as others: my USDT withdrawal has been under review for about 5 hours. Is there a general problem with withdrawals today?`,
    tags: ['withdrawal'],
    daysAgo: 1,
    locked: true,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 30,
        body: `Hi @dave, there's no general incident. Reviews are handled per request. The thread *USDT withdrawal stuck in "Pending review" for 6 hours* explains the usual reasons (recent security changes, unusual amounts) and what to do, so please follow up there if you need more help.

Locking this one as a duplicate.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'deposits-withdrawals',
    author: 'bob',
    title: 'Withdrawal completed with a TXID but receiving wallet shows nothing',
    body: `I withdrew **12 SOL** to a self-custody wallet about 40 minutes ago. OKX shows *Completed* and a TXID. When I look it up on a Solana explorer it's confirmed, and the destination matches my address, but my wallet app still shows the old balance.

Is that a wallet display problem, or should I be worried?`,
    tags: ['withdrawal', 'sol'],
    daysAgo: 0,
    replies: [],
  },
  // ---- en / account-security
  {
    locale: 'en',
    topic: 'account-security',
    author: 'carol',
    title: 'Lost my phone with Google Authenticator, how do I reset 2FA?',
    body: `My phone was stolen over the weekend. I had Google Authenticator on it and never saved the backup key (I know...). I can still get into my email, but OKX asks for the authenticator code when I log in.

How do I get back into my account? I have some funds in there.`,
    tags: ['2fa', 'authenticator'],
    daysAgo: 27,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 18,
        body: `Sorry about your phone, @carol. While you wait: if anyone contacts you offering to "unbind" your 2FA for a fee or asks you for codes, ignore them. Only use the reset option inside the official app or website.`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 47,
        officialAnswer: true,
        body: `Hi @carol, you can reset it yourself:

1. On the login page, enter your email and password, then on the 2FA step choose the option saying you **can't use your authenticator** (wording may vary slightly by app version).
2. Follow the reset flow. You'll usually need to verify your email and complete **face verification** that matches your KYC.
3. After the reset is approved, set up a new authenticator and **save the backup key somewhere offline** this time.

Please note:
- For your protection, withdrawals are restricted for a period after a 2FA reset (usually 24 hours).
- OKX staff will never ask for your password, verification codes or recovery phrases. Nobody needs them to reset your 2FA.

If the self-service reset fails, contact support via the in-app chat from a logged-out state or through the [Help Center](https://www.okx.com/help).`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 400,
        body: `Face verification passed on the second try (bad lighting the first time). I'm back in and set up the authenticator again, and I wrote down the backup key this time. Thank you!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'account-security',
    author: 'dave',
    title: 'Account restricted after logging in while travelling',
    body: `I logged in from a hotel abroad yesterday and now my account shows **"Account restricted"**. I can't trade or withdraw. I haven't done anything unusual apart from travelling.

What happens now, and how long does it usually take?`,
    tags: ['account', 'frozen'],
    daysAgo: 18,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 210,
        officialAnswer: true,
        body: `Hi @dave, restrictions like this are usually a protective measure when the risk system sees activity that doesn't match your normal pattern, such as a new country, new device and a withdrawal attempt close together.

Next steps:
- Open the OKX app; the restriction notice normally includes a link to **verify your identity or submit information**.
- If it asks for additional information, submit it **only through that in-app form** or the official support chat.
- Reviews are usually completed within a few business days, and you'll be notified by email and in the app.

We can't look into individual accounts in a public forum, so please don't post your UID, email or documents here.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 420,
        body: `Found the verification link in the notice. Did the face check and answered a few questions about the login. Fingers crossed.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 2960,
        body: `Restriction lifted this morning. For the record, it took about two days. Thanks.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'account-security',
    author: 'alice',
    title: 'What is the anti-phishing code and where does it appear?',
    body: `I keep seeing "set up your anti-phishing code" in the security centre. What exactly does it do, and does it protect against fake websites too?`,
    tags: ['phishing', 'security'],
    daysAgo: 40,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 95,
        officialAnswer: true,
        body: `Good question, @alice.

The **anti-phishing code** is a short phrase you choose (Profile → Security → Anti-phishing code). After you set it, **every email sent by OKX includes that code**. If you get an email claiming to be from OKX without your code, or with the wrong code, treat it as phishing and don't click any links.

What it doesn't do:
- It doesn't protect you on websites. Always check that you're on \`okx.com\` before logging in.
- It doesn't apply to SMS or phone calls. OKX will never call you to ask for codes or ask you to move funds to a "safe account".

Pick something only you would recognise, and don't share it publicly.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 180,
        body: `Worth doing. I set mine last year, and it immediately helped me spot a fake "withdrawal confirmation" email that didn't have it.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'account-security',
    author: 'bob',
    title: 'Withdrawal whitelist: can I still send to a new address straight away?',
    body: `I'm thinking about turning on the **withdrawal address whitelist** for extra safety. But I sometimes need to pay a new address quickly. If I enable it, how does adding a new address work? Is there a waiting period?`,
    tags: ['whitelist', 'withdrawal'],
    daysAgo: 12,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 125,
        body: `Hi @bob, with the whitelist **on**, withdrawals can only go to addresses saved as verified in your **address book**. To add a new address you go through the usual security verification (email/phone and authenticator), and only then can it be used.

Tips:
- Add addresses you use often (your hardware wallet, your other exchange accounts) ahead of time.
- Label them clearly so you don't pick the wrong network's address.
- Turning the whitelist **off** again also requires verification, and may come with a temporary withdrawal restriction. That's deliberate, so an attacker can't just disable it.

Check the address book page in the app for the exact rules on your account.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 160,
        body: `Clear, thanks. Enabling it and pre-adding my usual addresses.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'account-security',
    author: 'dave',
    title: 'Got an SMS saying my OKX account "will be suspended", is this real?',
    body: `I received a text message this morning saying my OKX account will be suspended within 24 hours unless I "verify my wallet" at a link. The link is **not** okx.com, it's some odd domain with "okx" in it.

I didn't click it. Just want to confirm this isn't a real notice, and ask if there's somewhere to report it.`,
    tags: ['phishing', 'sms'],
    daysAgo: 4,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 14,
        body: `Good instinct, @dave, that's phishing. Don't open the link. I've removed the full URL from your post so nobody clicks it by accident.`,
      },
      {
        author: 'staff_en',
        minutesAfterQuestion: 33,
        officialAnswer: true,
        body: `Thanks for checking first. This is not from OKX.

- OKX doesn't send links to other domains, and the only official website is \`okx.com\`.
- Real account notices are also shown **inside the app and on the website** after you log in normally. If there's no notice there, the message is fake.
- You can report phishing through the in-app support chat so the domain can be reported and taken down.

If you did enter your details on a fake page, change your password straight away from the official app, reset your 2FA and check your active devices. And never share codes with anyone.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 60,
        body: `Reported through the chat. Thanks for the quick confirmation.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'account-security',
    author: 'carol',
    title: 'How do I change my phone number if I no longer have the old SIM?',
    body: `I moved to a new country and my old SIM card is gone. The security settings ask for an SMS code sent to the old number before I can change it. My email and authenticator still work. Is there a way to change the number without the old SIM?`,
    tags: ['phone', 'sms'],
    daysAgo: 1,
    replies: [],
  },
  // ---- en / kyc-verification
  {
    locale: 'en',
    topic: 'kyc-verification',
    author: 'bob',
    title: 'KYC rejected: "document image is unclear"',
    body: `My identity verification got rejected with the reason **"document image is unclear"**. I took the photo with my phone, and it looked fine to me. Any tips before I try again? I don't want to get rejected a second time.`,
    tags: ['kyc'],
    daysAgo: 24,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 88,
        officialAnswer: true,
        body: `Hi @bob, this is usually about the photo rather than the document. For the next attempt:

- Use the **original document**, not a photocopy, a screenshot or a photo of a screen.
- All **four corners** should be visible, and nothing should cover any part of it (fingers, a phone case shadow).
- **Avoid glare**: turn off the flash, and don't shoot under a direct lamp. Laminated cards reflect a lot.
- Make sure the text is sharp. Tap to focus, and hold the phone steady.
- Don't crop, edit or add filters.

More details are in the [KYC FAQ](https://www.okx.com/help/section/faq-kyc). And please don't post photos of your document in the forum.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 310,
        body: `Second try went through, verified within an hour. The problem was glare on the plastic card. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'kyc-verification',
    author: 'alice',
    title: 'Verification rejected for name mismatch because of my middle name',
    body: `I registered with just my first and last name. My passport also has a middle name. KYC was rejected with **"name does not match"**. Do I need a new account?`,
    tags: ['kyc', 'name'],
    daysAgo: 47,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 170,
        officialAnswer: true,
        body: `No new account needed, @alice. The name entered during verification must match your ID **exactly**, including middle names and the order of names as printed on the document.

When you retry, enter the full name exactly as it appears in the passport's machine-readable section. If the form doesn't let you edit the name, contact support through the in-app chat and ask them to reset the verification so you can submit again.

Please don't post your full name or passport details here.`,
      },
      {
        author: 'alice',
        minutesAfterQuestion: 260,
        body: `Retried with the middle name and it passed. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'kyc-verification',
    author: 'dave',
    title: 'How long does advanced verification (proof of address) take?',
    body: `I submitted a utility bill for the advanced verification level two days ago. The status still says *Under review*. Is that normal? And which documents are accepted? I'm not sure a phone bill counts.`,
    tags: ['kyc', 'address'],
    daysAgo: 36,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 240,
        body: `Hi @dave, proof-of-address reviews are sometimes checked manually, so they can take longer than the basic ID check. A few business days is within the normal range.

Generally accepted documents (check the verification page for your region's exact list):
- utility bill (electricity, water, gas, internet, landline phone)
- bank or credit card statement
- government-issued letter

Usual requirements: it shows **your full name and residential address**, is **recent** (typically within the last 3 months), and the whole page is visible. Mobile phone bills are often **not** accepted in some regions.

If it's rejected, the reason is shown on the verification page and you can resubmit.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 1800,
        body: `Approved today, with the electricity bill. Thanks.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'kyc-verification',
    author: 'carol',
    title: 'Face verification keeps failing in the app',
    body: `I've tried the face verification step 5 times now. It always ends with "verification failed, please try again". ID upload worked fine. Any ideas?`,
    tags: ['kyc', 'face'],
    daysAgo: 10,
    replies: [
      {
        author: 'bob',
        minutesAfterQuestion: 35,
        body: `Things that helped me:
- good light from the **front**, not a window behind you
- take off glasses and hat
- update the app to the latest version
- switch from Wi-Fi to mobile data (it timed out for me once)`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 90,
        body: `Also make sure nothing else is using the camera. A video call app running in the background broke it for me.`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 150,
        body: `The light was the problem, I was sitting with a window behind me. Worked on the first try after moving. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'kyc-verification',
    author: 'dave',
    title: 'Can I verify with a residence permit instead of a passport?',
    body: `My passport is at an embassy for a visa application and will take a few weeks. I have a residence permit card from the country I live in. Is that an accepted ID document for verification, or do I have to wait?`,
    tags: ['kyc'],
    daysAgo: 1,
    replies: [],
  },
  // ---- en / trading
  {
    locale: 'en',
    topic: 'trading',
    author: 'alice',
    title: 'BTC perpetual liquidated, but the last price never reached my liquidation price',
    body: `I had a **BTC-USDT perpetual** long at 10x, isolated margin. The app showed an estimated liquidation price of roughly 1% below the lowest last price on the chart, and I still got liquidated during a fast drop last night.

How is that possible? Was the price feed wrong?`,
    tags: ['futures', 'liquidation'],
    daysAgo: 14,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 75,
        officialAnswer: true,
        body: `Hi @alice, sorry about the loss. A few things explain this:

1. **Liquidation uses the mark price, not the last traded price.** The mark price is based on the index price from several exchanges, so it doesn't get dragged around by a single spike on one order book. During fast moves the mark price and the last-price candles can differ.
2. Liquidation happens when your **margin ratio falls to the maintenance margin level**. The fees for closing the position are taken into account, so it triggers slightly before the "bare" price you might calculate.
3. **Funding payments** and fees reduce an isolated position's margin over time, which moves the liquidation price closer.

To reduce the risk: lower leverage, add margin to the isolated position, and use a **stop-loss** that triggers before the liquidation level. You can choose mark price as the trigger for stop-losses too.

The liquidation details (time, mark price at liquidation) are in your order history under the liquidation record.`,
      },
      {
        author: 'alice',
        minutesAfterQuestion: 130,
        body: `Checked the record: the mark price did touch my level. I was only looking at the last-price chart. I'll switch the chart to mark price from now on. Thanks for explaining.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'trading',
    author: 'bob',
    title: "P2P buyer marked the order as paid but I haven't received the money",
    body: `I'm selling USDT on P2P. The buyer clicked **"I've paid"** 20 minutes ago and sent a screenshot of a bank transfer in the chat, but nothing has arrived in my bank account. Now they're pushing me to release the crypto "because the bank is slow".

What should I do? The timer is running.`,
    tags: ['p2p', 'dispute'],
    daysAgo: 7,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 9,
        officialAnswer: true,
        body: `@bob: **do not release the crypto** until you have confirmed the money in your own banking app.

- A screenshot is not proof of payment. Log in to your bank directly and check for the exact amount from a name that **matches** the buyer's verified name.
- The order won't auto-release. Your crypto stays in escrow until you release it or the dispute is settled.
- If the payment doesn't arrive, open a **dispute** from the order page (P2P trading → Orders → select the order → Dispute) and upload your bank statement. Our P2P team will review it.
- Keep all communication in the order chat. Don't move to other messaging apps.`,
      },
      {
        author: 'moderator',
        minutesAfterQuestion: 20,
        body: `Adding to that: pressure and urgency ("release now or I'll report you") are common signs of a fake payment. Take your time. Anything said inside the order chat can be used in the dispute.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 95,
        body: `No money arrived. I opened a dispute and the buyer cancelled the order a few minutes later. The USDT went back to my balance. Glad I didn't release it.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'trading',
    author: 'carol',
    title: 'Charged a funding fee after holding a perpetual for only a few minutes',
    body: `I opened an ETH perpetual position and closed it maybe 10 minutes later, and there's a **funding fee** entry in my bill. I thought funding was for holding positions over long periods?`,
    tags: ['futures', 'funding'],
    daysAgo: 29,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 52,
        officialAnswer: true,
        body: `Hi @carol, funding isn't charged per minute held. It's settled **at each funding time**. For most perpetual contracts this is every 8 hours, but some contracts use different intervals, so check the contract's information panel.

If you hold a position **at the moment of settlement**, you pay or receive funding on the full position:
- positive funding rate: longs pay shorts
- negative funding rate: shorts pay longs

So a position opened just before settlement and closed just after will still have one funding entry. The current rate and the countdown to the next settlement are shown next to the order book.`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 95,
        body: `Ah, I opened it about 3 minutes before the countdown hit zero. That explains it. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'trading',
    author: 'dave',
    title: 'Cross vs isolated margin: which one should a beginner use?',
    body: `I'm starting with futures using small amounts. I understand the basic idea, but I don't really get how cross margin behaves when I have several positions open. Which is safer?`,
    tags: ['futures', 'margin'],
    daysAgo: 8,
    replies: [
      {
        author: 'alice',
        minutesAfterQuestion: 60,
        body: `Short version from my own experience:

- **Isolated**: each position has its own margin. If it's liquidated you lose only that margin. Easier to reason about.
- **Cross**: all positions share the available balance in your trading account. A losing position can use your other funds to avoid liquidation, but that also means one bad trade can eat into everything.

For a beginner I'd go isolated, low leverage, and always with a stop-loss. Learned that the hard way (see my liquidation thread, lol).`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 120,
        body: `Thanks, that's a clear way to put it. Going with isolated.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'trading',
    author: 'bob',
    title: 'Limit order filled in three parts, was I charged the fee three times?',
    body: `My limit buy for 0.5 ETH filled in three partial fills over about an hour. Trade history shows three separate fee entries. Am I paying more than if it had filled at once?`,
    tags: ['spot', 'fees'],
    daysAgo: 19,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 140,
        body: `Hi @bob, no. Fees are calculated **per fill, as a percentage of the filled amount**, so three partial fills add up to the same total as one fill of the same size at the same fee rate.

One thing that can differ per fill is **maker vs taker**: each part is charged the maker rate if it rested on the order book and the taker rate if it took liquidity immediately. A limit order that waits in the book is normally charged the maker rate.

Current rates by tier are on the [fees page](https://www.okx.com/fees).`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 170,
        body: `All three are marked maker, so that's fine. Thanks.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'trading',
    author: 'alice',
    title: 'Spot grid bot stopped after price moved out of range: will it restart?',
    body: `My spot grid bot on SOL-USDT shows that price is above the upper limit, and it's no longer placing orders. It's holding all USDT now. Does it restart on its own if the price comes back into the range, or do I need to stop it and create a new one?`,
    tags: ['bot', 'grid'],
    daysAgo: 3,
    replies: [],
  },
  // ---- en / api
  {
    locale: 'en',
    topic: 'api',
    author: 'dave',
    title: '`50113 Invalid Sign` on POST /api/v5/trade/order, but GET requests work',
    body: `My GET requests (balance, positions) work fine, but placing an order always returns:

\`\`\`json
{"code":"50113","msg":"Invalid Sign"}
\`\`\`

Simplified code:

\`\`\`python
order = {"instId": "BTC-USDT", "tdMode": "cash", "side": "buy",
         "ordType": "limit", "px": "30000", "sz": "0.001"}
path = "/api/v5/trade/order"
headers = make_headers(ts, "POST", path, str(order))
r = requests.post(BASE + path, headers=headers, json=order)
\`\`\`

\`make_headers\` is the same function I use for GET. What am I missing?`,
    tags: ['api', 'signature'],
    daysAgo: 11,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 48,
        officialAnswer: true,
        body: `Hi @dave, the problem is \`str(order)\`. In Python that produces \`{'instId': 'BTC-USDT', ...}\` with **single quotes**, which isn't JSON, so the string you sign differs from the body that \`requests\` sends.

The prehash string must be **exactly** \`timestamp + method + requestPath + body\`, where body is the exact JSON string in the request:

\`\`\`python
import base64, hashlib, hmac, json

def sign(secret, ts, method, path, body=""):
    msg = ts + method.upper() + path + body
    mac = hmac.new(secret.encode(), msg.encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()

body = json.dumps(order)                 # serialise once
headers = make_headers(ts, "POST", path, body)
headers["Content-Type"] = "application/json"
r = requests.post(BASE + path, headers=headers, data=body)   # send the same string
\`\`\`

Other common causes of \`50113\`:
- the path in the signature is missing the \`/api/v5\` prefix, or a GET query string (\`?instId=...\`)
- the timestamp in the signature differs from the \`OK-ACCESS-TIMESTAMP\` header
- the HMAC output is hex-encoded instead of Base64

See the authentication section of the [API docs](https://www.okx.com/docs-v5/en/). And never post your API secret or passphrase, even in a redacted snippet, since it's easy to miss one.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 75,
        body: `That was it. Switched to \`json.dumps\` + \`data=body\` and orders go through. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'api',
    author: 'carol',
    title: 'Getting `50102 Timestamp request expired` from my VPS only',
    body: `My script works on my laptop but on a small VPS about half of the requests fail with:

\`\`\`
{"code":"50102","msg":"Timestamp request expired"}
\`\`\`

Same code, same key. What's different?`,
    tags: ['api', 'timestamp'],
    daysAgo: 23,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 66,
        officialAnswer: true,
        body: `Hi @carol, this almost always means the **VPS clock is off**. Requests are rejected when the \`OK-ACCESS-TIMESTAMP\` is too far (more than about 30 seconds) from the server time.

Fixes:
1. Enable time sync on the VPS, e.g. with \`chrony\` or \`systemd-timesyncd\`, and check with \`timedatectl\`.
2. Or compare against server time and apply an offset:

\`\`\`bash
curl -s https://www.okx.com/api/v5/public/time
# {"code":"0","data":[{"ts":"<server time in ms>"}],"msg":""}
\`\`\`

3. Create the timestamp **right before** sending the request, in ISO format with milliseconds and UTC \`Z\`, e.g. \`2024-05-01T08:15:30.123Z\`. Don't reuse one timestamp for a batch of requests.`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 120,
        body: `\`timedatectl\` said "System clock synchronized: no", and the clock was off by about 40 s. Enabled NTP and no errors since. Thank you!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'api',
    author: 'bob',
    title: "`50105` passphrase incorrect: I'm sure my password is right",
    body: `New API key, and every request returns \`50105\`, "OK-ACCESS-PASSPHRASE incorrect". I'm putting my account login password in the passphrase header. I've double-checked it.`,
    tags: ['api', 'passphrase'],
    daysAgo: 38,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 110,
        body: `Hi @bob, that's the cause. The **API passphrase is not your login password**. It's the separate passphrase you chose when you **created the API key**.

- The passphrase can't be viewed or recovered later. If you don't remember it, delete the key and create a new one.
- Store the API key, secret and passphrase securely (a password manager or environment variables, not in your code repository).
- Give the key only the permissions it needs (*Read*, *Trade*). Don't enable *Withdraw* unless you really need it, and bind the key to your server's IP addresses.

Guide: [How do I create an API key?](https://www.okx.com/help/how-do-i-create-an-api-key)

Never share the secret or passphrase with anyone, including people offering "bot setup" help.`,
      },
      {
        author: 'bob',
        minutesAfterQuestion: 150,
        body: `Recreated the key with a proper passphrase and it works. Thanks.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'api',
    author: 'alice',
    title: 'Hitting rate limit `50011` when polling order status',
    body: `I'm running a small strategy with about 30 open orders and checking each one with \`GET /api/v5/trade/order\` every second. I get \`50011 Too Many Requests\` a lot. Is there a higher limit I can apply for?`,
    tags: ['api', 'ratelimit'],
    daysAgo: 16,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 180,
        officialAnswer: true,
        body: `Hi @alice, polling every order every second will run into the limit quickly. Each endpoint's limit and how it's counted (per user ID, per instrument, or per IP) are listed next to the endpoint in the [API docs](https://www.okx.com/docs-v5/en/).

Better approaches:
- Subscribe to the **\`orders\` channel on the private WebSocket**. You get a push on every state change (new, partially filled, filled, cancelled), so you don't need to poll.
- If you need a snapshot, \`GET /api/v5/trade/orders-pending\` returns all open orders in one call.
- When you get \`50011\`, back off (e.g. exponential backoff) instead of retrying immediately.

With WebSocket updates your REST usage should drop to almost nothing.`,
      },
      {
        author: 'alice',
        minutesAfterQuestion: 400,
        body: `Moved to the \`orders\` channel and the errors are gone. Much faster too. Thanks!`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'api',
    author: 'dave',
    title: 'Private WebSocket disconnects roughly every 30 seconds',
    body: `I connect to \`wss://ws.okx.com:8443/ws/v5/private\`, log in successfully, and then the connection closes after about 30 s. I only subscribe after my app has finished loading, which can take a bit. Public channels seem fine once data is flowing.`,
    tags: ['api', 'websocket'],
    daysAgo: 5,
    replies: [
      {
        author: 'staff_en',
        minutesAfterQuestion: 58,
        officialAnswer: true,
        body: `Hi @dave, that's expected behaviour. The server closes a connection if **no subscription is established or no data is pushed for 30 seconds**. Two fixes:

1. **Subscribe right after login** (you can subscribe first and let your app handle the messages later).
2. **Keep-alive:** if you haven't received any message for N seconds (N < 30), send the plain string \`ping\`. The server replies \`pong\`. If no \`pong\` arrives, reconnect.

\`\`\`python
import asyncio

async def reader(ws, handle):
    while True:
        try:
            msg = await asyncio.wait_for(ws.recv(), timeout=25)
        except asyncio.TimeoutError:
            await ws.send("ping")
            continue
        if msg == "pong":
            continue
        handle(msg)
\`\`\`

After a reconnect, log in again and re-subscribe. Subscriptions don't carry over between connections.`,
      },
      {
        author: 'dave',
        minutesAfterQuestion: 90,
        body: `Subscribing right after login fixed it, and the ping loop keeps quiet periods alive. Thanks.`,
      },
      {
        author: 'carol',
        minutesAfterQuestion: 300,
        body: `Bookmarking this. I had the same problem with the \`account\` channel on quiet days.`,
      },
    ],
  },
  {
    locale: 'en',
    topic: 'api',
    author: 'carol',
    title: 'Which permissions should a sub-account API key have for a trading bot?',
    body: `I'm setting up a sub-account just for a trading bot so it can't touch my main funds. When creating the API key for the sub-account, which permissions should I tick? And can the bot move funds back to the main account by itself, or should I do that manually?`,
    tags: ['api', 'subaccount'],
    daysAgo: 2,
    replies: [],
  },
  // ---- zh-CN / announcements
  {
    locale: 'zh-CN',
    topic: 'announcements',
    author: 'staff_zh',
    title: '【置顶】欢迎来到 Beacon 社区｜发帖前请先阅读',
    body: `欢迎来到 **Beacon**！这里是欧易（OKX）用户的社区互助论坛，欧易客服团队的工作人员会和热心用户一起在这里解答问题。

### 发帖前
1. **先搜索**：充提币、身份认证相关的问题，很多已经有人问过并解决了；
2. **选对版块**：充币与提币、账户安全、身份认证、交易、API；
3. **把情况说清楚**：币种、网络（如 \`TRC20\`、\`ERC20\`）、App 里显示的状态、大概时间；链上转账请附上 TXID。

### 以下内容请勿发帖，也不要发给任何人
- 登录密码、资金密码
- 谷歌验证码、短信验证码、邮箱验证码
- 私钥、助记词
- API 的 SecretKey 和 Passphrase
- 身份证件照片

欧易工作人员**绝不会**向您索要以上任何信息，无论是在论坛、私信还是电话里。官方人员账号带有“官方”标识，解决问题的回复会被标记为官方解答。

涉及账户本身的问题（如账户受限、需要人工入账的充值），我们会引导您通过官方渠道处理：App 内在线客服或[帮助中心](https://www.okx.com/help)。

祝大家交流愉快！`,
    tags: ['rules', 'security'],
    daysAgo: 60,
    pinned: true,
    replies: [
      {
        author: 'xiaoming',
        minutesAfterQuestion: 300,
        body: `请问私信里自称客服的人怎么分辨真假？`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 335,
        body: `@xiaoming 很简单：官方工作人员不会主动私信您处理账户问题，更不会索要验证码或让您转账。凡是私信自称客服、要您“配合操作”的，一律按诈骗处理，不要回复。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'announcements',
    author: 'staff_zh',
    title: '【防骗提醒】近期冒充欧易客服的电话和私信增多，请提高警惕',
    body: `近期有用户反映接到自称“欧易客服”的电话、短信或私信，常见话术包括：

- “您的账户涉嫌违规/洗钱，需要配合把资产转到**安全账户**”；
- “您的账户即将被冻结，请点击链接完成验证”；
- “可以帮您解冻或找回资产，但要先交手续费/保证金”；
- “请提供验证码或助记词，以便核实身份”。

**请记住：**
1. 欧易不存在所谓的“安全账户”，任何要求您转账的“客服”都是骗子；
2. 欧易工作人员不会索要密码、验证码、私钥或助记词；
3. 官方网站只有 \`okx.com\`，不要点击短信或私信里的陌生链接；
4. 建议在安全中心设置**防钓鱼码**，官方邮件都会带上这段码。

如遇可疑情况，请通过 App 内在线客服核实并举报。`,
    tags: ['phishing', 'security'],
    daysAgo: 9,
    pinned: true,
    replies: [
      {
        author: 'wang_fang',
        minutesAfterQuestion: 120,
        body: `前几天刚接到一个，说我账户涉嫌洗钱，让我把币转到“安全账户”配合调查，我直接挂了。还好之前看过类似的提醒。`,
      },
      {
        author: 'moderator',
        minutesAfterQuestion: 150,
        body: `感谢分享 @wang_fang，直接挂断就对了，也欢迎提醒身边的朋友。论坛里如果看到有人冒充客服回帖，请及时反馈给版主，我们会尽快处理。`,
      },
    ],
  },
  // ---- zh-CN / deposits-withdrawals
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'xiaoming',
    title: '提币一直显示“审核中”，已经快一天了，正常吗？',
    body: `昨天晚上提了 **2000 USDT（TRC20）** 到自己的钱包，到现在一直显示“审核中”，快 24 小时了。之前提过好几次，都是几分钟就到账。

- 网络：TRC20
- 地址：之前用过的，地址簿里也有
- 还没有 TXID

请问这正常吗？要不要先撤销再重新提？`,
    tags: ['withdrawal', 'usdt'],
    daysAgo: 3,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 45,
        officialAnswer: true,
        body: `您好 @xiaoming，提币进入人工审核一般有以下几种原因：

1. 近期**修改过安全设置**（登录密码、手机号、邮箱、谷歌验证器等），修改后会有一段时间的提币限制，通常为 24 小时；
2. 金额明显高于您平时的提币习惯；
3. 风控系统对目标地址做的例行检查。

**建议不要撤销后重新提交**，重新提交会重新排队，反而更慢。大部分审核会在几个小时内完成；如果超过 24 小时仍未处理，请通过 App 内在线客服提供**提币记录 ID** 查询进度。

另外提醒：欧易工作人员不会以“加快审核”为由索要密码、验证码或助记词，也不会要求您先转一笔“保证金”，遇到这种情况一定是诈骗。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 90,
        body: `想起来了，前天刚换了手机号……原来改完安全项会限制提币，之前完全不知道。`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 110,
        body: `是的，这是账户保护措施，防止账户被盗后资金马上被转走。限制时间到了会自动放行，不需要额外操作。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 1420,
        body: `今天早上到账了，感谢解答！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'li_wei',
    title: '提币审核中，同问什么时候能到账',
    body: `我也是，ETH 提币审核了 5 个小时了，今天是不是系统出问题了？`,
    tags: ['withdrawal'],
    daysAgo: 2,
    locked: true,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 25,
        body: `@li_wei 目前没有系统性故障，提币审核是逐笔处理的。常见原因和处理办法可以看这个帖子：《提币一直显示“审核中”，已经快一天了，正常吗？》，有后续问题请在原帖跟帖。

本帖作为重复帖锁定。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'li_wei',
    title: 'USDT 用 BSC 链转到了 ERC20 充币地址，一直没到账',
    body: `手滑了。从别的钱包转了 **500 USDT** 过来，选的是 **BSC（BEP20）** 网络，但粘贴的是欧易 USDT **ERC20** 的充币地址。两个都是 \`0x\` 开头，钱包也没报错。

BscScan 上显示交易已经成功，但过了好几个小时，充币记录里还是什么都没有。

这种情况还能找回吗？`,
    tags: ['deposit', 'usdt', 'erc20'],
    daysAgo: 17,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 20,
        body: `先提醒一句：这类帖子发出来以后，经常有人私信说可以“帮忙找回”，要收费或者让你提供助记词、私钥，这些全部是骗子，请不要理会，只走官方流程。`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 70,
        officialAnswer: true,
        body: `您好 @li_wei，EVM 系的链地址格式相同，这种误操作比较常见。处理方式：

1. 先在 USDT 的**充币**页面确认 BSC 网络是否在支持列表中。以后充值请选择与转出方一致的网络，并使用该网络对应的地址；
2. 对于选错网络的充值，可以通过 App 内在线客服提交**充币找回申请**，准备好：币种、实际使用的网络、金额、TXID、充币地址；
3. 找回需要逐笔审核，处理时间不固定，也不能保证一定成功。

整个过程都不需要提供私钥、助记词或密码，任何索要这些信息的都不是官方。`,
      },
      {
        author: 'li_wei',
        minutesAfterQuestion: 150,
        body: `已经提交了。私信也确实收到两条，直接拉黑了。`,
      },
      {
        author: 'li_wei',
        minutesAfterQuestion: 8600,
        body: `更新一下：大概一周后找回了，到了资金账户。以后转账前一定先核对网络。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'zhang_san',
    title: '充 TON 忘记填备注（Comment），还能找回吗？',
    body: `从另一个平台提了 **150 TON** 到欧易，提完才发现充币页面除了地址，还有一个 **Memo/Comment**，我当时没填。

链上已经确认了，现在是不是就丢了？`,
    tags: ['deposit', 'ton', 'memo'],
    daysAgo: 26,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 160,
        officialAnswer: true,
        body: `您好 @zhang_san，不用太担心，漏填或填错备注的充值一般可以人工核实后入账。

TON、XRP、EOS、XLM 等网络是多个用户共用一个充币地址，靠 **Memo / Tag / Comment** 区分是哪个账户的。缺少这个信息，系统就无法自动入账。

处理方式：在 App 在线客服中选择“漏填 Memo/Tag”相关选项，按提示填写：
- 币种及网络
- 充值数量
- TXID
- 充币地址

以后充这类币，记得地址和 Memo **两个都要复制**。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 240,
        body: `已经提交了，谢谢。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 4200,
        body: `到账了，前后大概三天。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'wang_fang',
    title: '为什么 USDT 走 ERC20 提币，手续费比 TRC20 贵这么多？',
    body: `提 USDT 的时候看了一下，ERC20 的手续费是 TRC20 的好几倍，而且隔几天就不一样。是平台故意收得多吗？

另外往别的交易所提，用 TRC20 有没有什么坑？`,
    tags: ['fees', 'trc20', 'erc20'],
    daysAgo: 31,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 85,
        body: `您好 @wang_fang，提币手续费主要取决于对应网络的链上成本。以太坊的 Gas 通常比波场高很多，所以 ERC20 手续费更高，也会根据网络拥堵情况调整。每个网络的实时手续费在提币确认前都会显示，也可以在[费率页面](https://www.okx.com/fees)查看。

选择网络时请注意：
- 一定要选**接收方支持的该币种网络**，对方不支持 TRC20 的话，转过去不会自动到账；
- 地址格式不同：TRC20 地址以 \`T\` 开头，ERC20 地址以 \`0x\` 开头；
- 第一次往新地址转，建议先转一小笔测试。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 120,
        body: `我往别的所提一般都用 TRC20，便宜，到账也快，就是一定要先确认对方支持。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 200,
        body: `明白了，对方支持 TRC20，那就用这个。谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'xiaoming',
    title: '提币提示“可用余额不足”，但我账户里明明有 USDT',
    body: `资产总览里显示有 300 多 USDT，但提币时一直提示可用余额不足，最多只能提 20 多。是被冻结了吗？`,
    tags: ['withdrawal', 'balance'],
    daysAgo: 50,
    replies: [
      {
        author: 'li_wei',
        minutesAfterQuestion: 25,
        body: `大概率是钱在**交易账户**里，或者被挂单占用了。提币是从**资金账户**出的。先看看有没有没成交的挂单，撤掉以后把 USDT 从交易账户划转到资金账户，再提就行。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 60,
        body: `果然，有个限价单一直挂着没成交。撤单、划转之后就能提了，谢谢大佬！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'deposits-withdrawals',
    author: 'zhang_san',
    title: '提币显示“已完成”，但区块浏览器上查不到这个 TXID',
    body: `两个小时前往自己的冷钱包提了 **0.05 BTC**，欧易这边显示“已完成”，也给了 TXID。但我拿 TXID 去区块浏览器查，提示找不到这笔交易。

是还没广播出去吗？需要联系客服吗？`,
    tags: ['withdrawal', 'btc'],
    daysAgo: 0,
    replies: [],
  },
  // ---- zh-CN / account-security
  {
    locale: 'zh-CN',
    topic: 'account-security',
    author: 'wang_fang',
    title: '手机丢了，谷歌验证器也跟着没了，登录不上怎么办？',
    body: `上周手机丢了，谷歌验证器装在那台手机上，当时也没备份密钥。现在登录欧易要输入谷歌验证码，进不去。

邮箱还能用，新手机号也办好了。账户里还有一些币，很着急。`,
    tags: ['2fa', 'authenticator'],
    daysAgo: 22,
    replies: [
      {
        author: 'moderator',
        minutesAfterQuestion: 15,
        body: `@wang_fang 先别急。网上那种“代解绑谷歌验证器”“代解冻”的服务全部是骗局，任何人找你要验证码、密码都不要给，按官方流程自助重置就行。`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 50,
        officialAnswer: true,
        body: `您好 @wang_fang，可以自助重置：

1. 在登录页输入账号密码，到谷歌验证这一步时，选择**安全项不可用 / 无法使用谷歌验证器**（不同版本 App 文案可能略有差异）；
2. 按提示完成邮箱验证和**人脸识别**（需与实名认证信息一致）；
3. 重置通过后重新绑定谷歌验证器，这次记得把**密钥备份在离线的地方**，比如抄在纸上保存好。

请注意：
- 为了账户安全，重置安全项后一段时间内会限制提币，通常为 24 小时；
- 欧易工作人员不会向您索要密码、验证码或助记词，重置也不需要这些信息。

如果自助重置未通过，可以通过[帮助中心](https://www.okx.com/help)联系在线客服。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 380,
        body: `已经重置成功了！人脸识别第一次光线太暗没过，第二次过了。新的密钥已经抄下来了，谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'account-security',
    author: 'zhang_san',
    title: '账户突然被限制交易和提币，提示需要补充资料',
    body: `今天登录发现账户显示“账户受限”，不能交易也不能提币，App 里让我补充资料。

最近就是做了几笔 P2P，收了几次款，其他没干什么。这种情况一般多久能恢复？`,
    tags: ['account', 'frozen', 'p2p'],
    daysAgo: 35,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 190,
        officialAnswer: true,
        body: `您好 @zhang_san，账户受限一般是风控系统检测到与平时不一致的行为时采取的保护措施，P2P 交易的收款来源也是常见的审核内容之一。

建议：
- 打开 App 查看受限通知，按页面指引通过**官方表单**补充资料（例如交易说明、付款记录等）；
- 资料只通过 App 内的表单或在线客服提交，**不要发给任何私信你的人**；
- 审核结果会通过邮件和 App 通知，一般几个工作日内会有结果。

论坛是公开的，请不要在这里贴 UID、邮箱、证件或银行流水。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 600,
        body: `按提示把那几笔 P2P 订单的付款记录传上去了，等消息。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 4300,
        body: `已经恢复了，前后三天左右。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'account-security',
    author: 'xiaoming',
    title: '防钓鱼码有什么用？设置了之后在哪里能看到？',
    body: `安全中心一直提示我设置防钓鱼码，这个到底有什么用？能防假网站吗？`,
    tags: ['phishing', 'security'],
    daysAgo: 45,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 100,
        body: `您好 @xiaoming，防钓鱼码是您自己设置的一段字符（个人中心 → 安全中心 → 防钓鱼码）。设置后，**欧易发给您的所有邮件里都会带上这段码**。如果收到自称欧易的邮件却没有防钓鱼码，或者码不对，那就是钓鱼邮件，不要点里面的任何链接。

需要注意：
- 它只对邮件有效，不能帮您识别假网站，登录前请确认网址是 \`okx.com\`；
- 短信和电话里不会有防钓鱼码。欧易也不会打电话让您提供验证码，或者把资产转到所谓的“安全账户”。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 150,
        body: `这个真的有用。我之前收到过一封“提币确认”邮件，就是因为没有防钓鱼码才发现是假的。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 210,
        body: `马上去设置了。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'account-security',
    author: 'zhang_san',
    title: '开了提币白名单以后，新添加的地址能马上用吗？',
    body: `想开提币地址白名单，但有时候需要临时往一个新地址提币。开了之后添加新地址的流程是怎样的？会不会要等很久？`,
    tags: ['whitelist', 'withdrawal'],
    daysAgo: 13,
    replies: [
      {
        author: 'wang_fang',
        minutesAfterQuestion: 40,
        body: `我开了半年了。开了之后只能往地址簿里已验证的地址提，添加新地址要走一遍安全验证（邮箱/手机/谷歌），我这边验证完就能用了。建议把常用地址提前加好。`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 130,
        body: `补充一下：不同账户的设置和风控规则可能有差异，请以地址簿页面的提示为准。另外，关闭白名单同样需要安全验证，并且可能触发临时的提币限制，这是为了防止账户被盗后对方直接关掉白名单。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 170,
        body: `好的，明白了，先把常用地址加上再开。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'account-security',
    author: 'li_wei',
    title: '换了手机号，旧号已经注销，短信验证码收不到怎么办？',
    body: `旧手机号已经注销了，现在欧易的一些操作要发短信验证码到旧号码，收不到。邮箱和谷歌验证器都还正常。怎么换绑新号码？`,
    tags: ['phone', 'sms'],
    daysAgo: 28,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 240,
        officialAnswer: true,
        body: `您好 @li_wei，在 **安全中心 → 手机验证 → 更换手机号** 中操作。如果原手机号已经无法接收短信，在验证步骤选择“原手机号不可用”之类的选项（以实际页面为准），再通过邮箱、谷歌验证器和人脸识别完成验证即可。

更换完成后，出于安全考虑一段时间内会限制提币，通常为 24 小时。整个流程都在官方 App 或网站内完成，不需要把验证码告诉任何人。`,
      },
      {
        author: 'li_wei',
        minutesAfterQuestion: 320,
        body: `找到了，用邮箱 + 谷歌验证换好了，谢谢。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'account-security',
    author: 'li_wei',
    title: '收到“新设备登录”提醒，但不是我本人操作的',
    body: `刚才收到一封邮件，说我的账户在一台新设备上登录了，地点也不是我所在的城市。邮件里有我设置的防钓鱼码，应该是真的。

我已经先改了登录密码。接下来还需要做什么？要不要冻结账户？`,
    tags: ['security', 'login'],
    daysAgo: 0,
    replies: [],
  },
  // ---- zh-CN / kyc-verification
  {
    locale: 'zh-CN',
    topic: 'kyc-verification',
    author: 'xiaoming',
    title: '身份认证被拒，原因是“证件照片不清晰”',
    body: `用手机拍的身份证，自己看着挺清楚的，结果被拒了，理由是证件照片不清晰。

再提交之前有什么要注意的吗？怕再被拒一次。`,
    tags: ['kyc'],
    daysAgo: 20,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 95,
        officialAnswer: true,
        body: `您好 @xiaoming，一般是拍摄方面的问题：

- 使用**证件原件**，不要用复印件、截图或翻拍屏幕；
- 证件**四个角完整**入镜，不要被手指或其他东西遮挡；
- **避免反光**：关闭闪光灯，不要在台灯正下方拍，带塑封的证件更容易反光；
- 对焦清楚，文字能看清；
- 不要裁剪、修图或加滤镜。

更多说明可以看[身份认证常见问题](https://www.okx.com/help/section/faq-kyc)。另外请不要把证件照片发到论坛里。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 300,
        body: `白天换到窗边重新拍了一次，已经通过了，感谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'kyc-verification',
    author: 'zhang_san',
    title: '名字里有生僻字，认证时输入法打不出来怎么办？',
    body: `我名字最后一个字是生僻字，手机输入法怎么都打不出来。能不能用同音字或者拼音代替？怕以后做 P2P 的时候付款人姓名对不上。`,
    tags: ['kyc', 'name'],
    daysAgo: 39,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 220,
        officialAnswer: true,
        body: `您好 @zhang_san，**不建议用同音字代替**。认证姓名需要与证件一致，否则可能审核不通过，之后 P2P 交易时付款人姓名也会对不上。

可以先试试：
1. 换一个输入法，用手写输入或部首输入；
2. 在电脑网页端完成认证，把这个字复制粘贴进去。

如果都不行，请通过在线客服说明情况，由人工协助处理。论坛里不需要贴出您的真实姓名。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 280,
        body: `用手写输入打出来了，原来输入法里有，只是拼音联想不出来。谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'kyc-verification',
    author: 'wang_fang',
    title: '人脸识别一直失败，提示“请保持正脸”',
    body: `试了七八次了，每次都提示“请保持正脸”然后失败。证件已经上传成功了。有没有人遇到过？`,
    tags: ['kyc', 'face'],
    daysAgo: 8,
    replies: [
      {
        author: 'xiaoming',
        minutesAfterQuestion: 30,
        body: `我之前也是，后来发现是背光，窗户在我身后。换成脸朝着光就过了。`,
      },
      {
        author: 'li_wei',
        minutesAfterQuestion: 70,
        body: `眼镜摘了试试，App 也更新到最新版。网络不好也容易失败，可以切到 4G/5G 试试。`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 150,
        body: `补充：如果 App 上多次失败，也可以换一台手机或在网页端重试。连续失败多次后可能需要等一段时间才能再次尝试，请留意页面提示。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 200,
        body: `摘了眼镜就过了……谢谢大家！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'kyc-verification',
    author: 'wang_fang',
    title: '身份认证提交以后，一般多久出结果？',
    body: `昨晚提交的身份认证，到现在还是“审核中”。一般要多久？需要联系客服催一下吗？`,
    tags: ['kyc'],
    daysAgo: 53,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 120,
        body: `您好 @wang_fang，大部分认证会很快自动完成，需要人工审核的会久一些，一般不超过几个工作日。结果会通过邮件和 App 通知您。审核期间重复提交反而可能延长时间。如果超过 3 个工作日还没有结果，可以联系在线客服查询。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 900,
        body: `今天上午通过了，谢谢。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'kyc-verification',
    author: 'li_wei',
    title: '高级认证的地址证明可以用哪些文件？',
    body: `想升级认证等级，需要上传地址证明。我手上只有信用卡账单的电子版和租房合同，这两个能用吗？电子版账单需要打印出来再拍照吗？`,
    tags: ['kyc', 'address'],
    daysAgo: 1,
    replies: [],
  },
  // ---- zh-CN / trading
  {
    locale: 'zh-CN',
    topic: 'trading',
    author: 'li_wei',
    title: '永续合约被强平了，但K线最低价根本没到我的强平价',
    body: `昨晚开的 ETH 永续多单，10 倍逐仓。预估强平价比K线上的最低价还低 20 多 U，结果还是被强平了。

是行情数据有问题吗？`,
    tags: ['futures', 'liquidation'],
    daysAgo: 6,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 80,
        officialAnswer: true,
        body: `您好 @li_wei，很遗憾遇到这种情况，说明几点：

1. **强平按标记价格触发，而不是最新成交价。** 标记价格参考多个交易所的指数价格计算，避免单一交易所插针导致强平。行情剧烈波动时，标记价格和最新价K线可能存在差异；
2. 当**保证金率降到维持保证金率**时触发强平，计算时会考虑平仓手续费，所以实际触发点会比单纯按杠杆算出来的价格更早一些；
3. 逐仓仓位的**资金费用**和手续费会从仓位保证金中扣除，强平价也会随之变化。

降低风险的方法：降低杠杆、给逐仓仓位追加保证金、设置比强平价更早触发的**止损**（止损触发价类型也可以选标记价格）。

强平详情（时间、强平时的标记价格等）可以在订单历史的强平记录里查看。`,
      },
      {
        author: 'li_wei',
        minutesAfterQuestion: 140,
        body: `看了强平记录，标记价格确实碰到了。我一直看的是最新价K线，以后把图表切到标记价格。谢谢解释。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'trading',
    author: 'wang_fang',
    title: 'P2P 卖 USDT，买家点了“已付款”，但我银行卡没收到钱',
    body: `第一次在 P2P 卖币。买家十几分钟前点了“已付款”，还在聊天里发了一张转账截图，但我银行卡一直没有到账提醒。

对方一直催我放币，说银行有延迟。现在该怎么办？`,
    tags: ['p2p', 'dispute'],
    daysAgo: 16,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 8,
        officialAnswer: true,
        body: `@wang_fang **请先不要放币！**

- 截图不能作为到账凭证。请直接登录您自己的网银或银行 App 查询，确认**金额一致、付款人姓名与买家实名一致**；
- 订单不会自动放币，在您放币或申诉处理完成之前，USDT 会一直由平台托管；
- 如果确认没有收到款，可以在订单页面发起**申诉**（P2P 交易 → 订单 → 选择该订单 → 申诉），并上传银行流水截图，P2P 团队会介入处理；
- 所有沟通请留在订单聊天里，不要加对方的其他联系方式。`,
      },
      {
        author: 'moderator',
        minutesAfterQuestion: 18,
        body: `补充一点：一直催放币、威胁投诉，是假付款最常见的话术。慢慢核实，订单聊天记录在申诉时都可以作为证据。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 60,
        body: `网银里确实没有这笔钱。发起申诉后，对方马上取消了订单，币已经退回来了。还好没放！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'trading',
    author: 'zhang_san',
    title: '资金费率为正的时候，是多头付给空头吗？多久收一次？',
    body: `刚开始玩永续，账单里时不时会有一笔资金费用，有时候扣钱，有时候进账。

想确认一下：费率正负分别是谁付给谁？多久收一次？`,
    tags: ['futures', 'funding'],
    daysAgo: 42,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 60,
        officialAnswer: true,
        body: `您好 @zhang_san：

- 资金费率为**正**：多头支付给空头；
- 资金费率为**负**：空头支付给多头；
- 资金费用在**每个结算时间点**按持仓价值结算。多数永续合约每 8 小时结算一次，也有合约使用不同的结算周期，以合约信息页面为准。

只要在结算时间点持有仓位，就会按全部持仓计算一次资金费用，与持仓时长无关。当前资金费率和下次结算倒计时可以在交易页面看到。资金费用是多空双方之间互相支付的，平台不收取。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 110,
        body: `懂了，我那几笔进账是因为当时做空、费率为正。谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'trading',
    author: 'xiaoming',
    title: '交易账户模式怎么选？单币种保证金和跨币种保证金有什么区别',
    body: `想开始玩合约，设置里看到好几个账户模式，有点晕。单币种保证金和跨币种保证金到底有什么区别？新手选哪个比较好？`,
    tags: ['futures', 'margin'],
    daysAgo: 25,
    replies: [
      {
        author: 'li_wei',
        minutesAfterQuestion: 45,
        body: `说说我的理解（不一定全对）：

- **单币种保证金**：每个币种各算各的，比如 USDT 本位合约只能用 USDT 做保证金；
- **跨币种保证金**：账户里多个币种按折算率折成美元价值，一起作为保证金，资金利用率高，但亏起来也是一起扛；
- 还有**组合保证金**，适合有大量对冲仓位的用户，新手用不上。

新手的话建议先用简单点的模式，配合逐仓、低杠杆。`,
      },
      {
        author: 'staff_zh',
        minutesAfterQuestion: 120,
        body: `@li_wei 总结得基本准确。补充两点：不同版本 App 里模式名称可能略有不同；切换账户模式前通常需要先平掉持仓、撤销挂单。各模式的详细规则可以在[帮助中心](https://www.okx.com/help)搜索“账户模式”查看。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 160,
        body: `明白了，先用单币种保证金加逐仓试试。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'trading',
    author: 'zhang_san',
    title: '止损单没有触发，价格明明已经跌破止损价了',
    body: `BTC 永续多单设了止损。昨晚最新价插针跌破了我的止损价，但止损单没有触发，后来价格又拉回去了。

是系统出问题了吗？`,
    tags: ['futures', 'stoploss'],
    daysAgo: 12,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 70,
        officialAnswer: true,
        body: `您好 @zhang_san，请先查看这笔止损单的**触发价格类型**。止盈止损支持三种触发价：

- **最新价格**：按最新成交价触发，对插针最敏感；
- **标记价格**：参考多个交易所的指数价格计算，单一交易所的插针通常不会触发；
- **指数价格**：按现货指数触发。

如果您选的是标记价格或指数价格，而插针只出现在最新价上，止损就不会触发，这属于正常情况。

另外，如果止损的委托方式是**限价**，触发后价格回得太快，委托也可能来不及成交；希望确保平仓的话可以选择市价。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 100,
        body: `看了一下，我选的确实是标记价格。这次算因祸得福，没被插针扫掉。谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'trading',
    author: 'wang_fang',
    title: '现货网格的“网格利润”和“浮动盈亏”怎么理解？',
    body: `开了一个 ETH-USDT 的现货网格，跑了一周，显示网格利润是正的，但浮动盈亏是负的，总收益也是负的。

这两个数分别是怎么算的？网格利润能提出来吗？`,
    tags: ['bot', 'grid'],
    daysAgo: 2,
    replies: [],
  },
  // ---- zh-CN / api
  {
    locale: 'zh-CN',
    topic: 'api',
    author: 'zhang_san',
    title: 'Node.js 调 /api/v5/account/balance 一直返回 50113 Invalid Sign',
    body: `用 Node.js 写了个查余额的小脚本，一直返回：

\`\`\`json
{"code":"50113","msg":"Invalid Sign"}
\`\`\`

代码大概是这样：

\`\`\`js
const crypto = require('crypto');

const ts = new Date().toISOString();
const path = '/api/v5/account/balance?ccy=USDT';
const hex = crypto.createHmac('sha256', SECRET_KEY).update(ts + 'GET' + path).digest('hex');
const sign = Buffer.from(hex).toString('base64');

const res = await fetch('https://www.okx.com' + path, {
  headers: {
    'OK-ACCESS-KEY': API_KEY,
    'OK-ACCESS-SIGN': sign,
    'OK-ACCESS-TIMESTAMP': ts,
    'OK-ACCESS-PASSPHRASE': PASSPHRASE,
  },
});
\`\`\`

Key 和 Passphrase 都确认过没问题，哪里不对？`,
    tags: ['api', 'signature'],
    daysAgo: 10,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 40,
        officialAnswer: true,
        body: `您好 @zhang_san，问题出在签名编码：先 \`digest('hex')\` 再转 Base64，相当于对十六进制字符串做了 Base64，结果自然不对。应该直接对 HMAC 的二进制结果做 Base64：

\`\`\`js
const sign = crypto
  .createHmac('sha256', SECRET_KEY)
  .update(ts + 'GET' + path)
  .digest('base64');
\`\`\`

其他常见原因也顺便列一下：
- 签名里的路径要包含 \`/api/v5\` 前缀，GET 请求还要带上查询参数（您这里已经带了 \`?ccy=USDT\`，没问题）；
- POST 请求的 body 必须与实际发送的 JSON 字符串完全一致；
- 签名用的时间戳要和请求头 \`OK-ACCESS-TIMESTAMP\` 相同，请求方法要大写。

详细说明见 [API 文档](https://www.okx.com/docs-v5/zh/)。另外，贴代码时请不要带上真实的 SecretKey 和 Passphrase。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 65,
        body: `改成 \`digest('base64')\` 就好了，原来是多转了一层。谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'api',
    author: 'li_wei',
    title: '模拟盘 API 返回 50101：APIKey 与当前环境不匹配',
    body: `在模拟交易里创建了 API Key，调用 \`https://www.okx.com/api/v5/account/balance\` 返回：

\`\`\`json
{"code":"50101","msg":"APIKey does not match current environment."}
\`\`\`

是不是模拟盘要用别的域名？`,
    tags: ['api', 'demo'],
    daysAgo: 30,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 130,
        officialAnswer: true,
        body: `您好 @li_wei，模拟盘和实盘的 REST 接口使用同一个域名，区别在请求头。使用模拟盘 API Key 时需要加上：

\`\`\`
x-simulated-trading: 1
\`\`\`

反过来，实盘 Key 不能带这个请求头。WebSocket 的模拟盘使用单独的连接地址，具体见 [API 文档](https://www.okx.com/docs-v5/zh/) 中模拟盘交易的说明。

模拟盘 Key 和实盘 Key 不通用，需要在对应环境中分别创建。`,
      },
      {
        author: 'li_wei',
        minutesAfterQuestion: 160,
        body: `加上请求头就通了，感谢。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'api',
    author: 'xiaoming',
    title: 'WebSocket 私有频道 login 一直失败，REST 接口是好的',
    body: `刚开始学写量化脚本。REST 接口已经能正常用了，但 WebSocket 私有频道一直登录失败。我用的是和 REST 一样的签名方法：

\`\`\`python
ts = datetime.utcnow().isoformat(timespec='milliseconds') + 'Z'
sign = make_sign(ts, 'GET', '/users/self/verify')
login = {"op": "login", "args": [{"apiKey": KEY, "passphrase": PASS, "timestamp": ts, "sign": sign}]}
\`\`\`

返回的是 error，提示登录失败。哪里写错了？`,
    tags: ['api', 'websocket'],
    daysAgo: 19,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 55,
        officialAnswer: true,
        body: `您好 @xiaoming，WebSocket 登录和 REST 最大的区别在于**时间戳格式**：WebSocket 登录用的是 **Unix 时间戳（单位：秒）**，不是 ISO 格式。

\`\`\`python
import time

ts = str(int(time.time()))
sign = make_sign(ts, 'GET', '/users/self/verify')   # 签名原文：ts + 'GET' + '/users/self/verify'
login = {"op": "login", "args": [{"apiKey": KEY, "passphrase": PASS, "timestamp": ts, "sign": sign}]}
\`\`\`

另外注意：
- 签名算法与 REST 相同，HMAC SHA256 后 Base64 编码；
- 私有频道地址是 \`wss://ws.okx.com:8443/ws/v5/private\`；
- 登录成功后尽快订阅，30 秒内没有收到消息时发送字符串 \`ping\` 保活，否则连接会被断开。`,
      },
      {
        author: 'xiaoming',
        minutesAfterQuestion: 90,
        body: `改成秒级时间戳马上就登录成功了，\`ping\` 保活也加上了。谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'api',
    author: 'wang_fang',
    title: '子账户的 API Key 能把资金划转回主账户吗？',
    body: `我用子账户跑策略，想让程序每天定时把利润自动转回主账户。用子账户自己的 API Key 能做到吗？需要开什么权限？`,
    tags: ['api', 'subaccount', 'transfer'],
    daysAgo: 34,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 200,
        body: `您好 @wang_fang，可以。用子账户的 API Key 调用资金划转接口 \`POST /api/v5/asset/transfer\`，\`type\` 传 \`3\`（子账户划转到主账户，仅适用于子账户的 API Key），Key 需要有**交易**权限。示例：

\`\`\`json
{"ccy": "USDT", "amt": "100", "from": "18", "to": "6", "type": "3"}
\`\`\`

其中 \`18\` 表示交易账户，\`6\` 表示资金账户。具体参数以 [API 文档](https://www.okx.com/docs-v5/zh/) 为准。

建议给策略用的 Key 不要开提币权限，并绑定服务器 IP 白名单。`,
      },
      {
        author: 'wang_fang',
        minutesAfterQuestion: 260,
        body: `试了一下，可以转回主账户，谢谢！`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'api',
    author: 'zhang_san',
    title: '批量撤单时频繁触发 50011 限频，有什么好办法？',
    body: `行情波动大的时候，我需要一次撤掉几十个挂单。现在是循环调用 \`POST /api/v5/trade/cancel-order\`，经常返回 \`50011\`。有没有更好的办法？`,
    tags: ['api', 'ratelimit'],
    daysAgo: 27,
    replies: [
      {
        author: 'staff_zh',
        minutesAfterQuestion: 150,
        officialAnswer: true,
        body: `您好 @zhang_san，逐个循环撤单很容易触发限频，建议：

1. 使用批量撤单接口 \`POST /api/v5/trade/cancel-batch-orders\`，单次最多 20 个订单：

\`\`\`json
[
  {"instId": "BTC-USDT", "ordId": "<订单ID-1>"},
  {"instId": "BTC-USDT", "ordId": "<订单ID-2>"}
]
\`\`\`

2. 对时效要求高的场景，可以通过 WebSocket 下单通道撤单，延迟更低；
3. 收到 \`50011\` 时做退避重试（例如指数退避），不要立刻重发。

各接口的限频数值和限频规则（按用户、按产品或按 IP）见 [API 文档](https://www.okx.com/docs-v5/zh/) 中每个接口的说明。`,
      },
      {
        author: 'zhang_san',
        minutesAfterQuestion: 200,
        body: `换成批量接口以后好多了，谢谢。`,
      },
    ],
  },
  {
    locale: 'zh-CN',
    topic: 'api',
    author: 'li_wei',
    title: 'API Key 绑定 IP 白名单之后，所有请求都报 50110',
    body: `给 API Key 绑定了服务器的 IP，结果所有请求都返回：

\`\`\`json
{"code":"50110","msg":"..."}
\`\`\`

提示 IP 不在白名单里。服务器是云主机，公网 IP 一直没变过。是不是还要绑 IPv6 地址？`,
    tags: ['api', 'ip'],
    daysAgo: 0,
    replies: [],
  },
];
