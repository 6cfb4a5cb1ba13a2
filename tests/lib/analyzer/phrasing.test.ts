import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/analyzer';
import type { SignalName } from '../../../lib/analyzer/types';

const raised = (text: string) => analyzeMessage(text).signals.map((s) => s.name);

// Kinds of phrasing customers use for each signal, written here in words of their own (none is a challenge row):
// each family must fire on paraphrases, and its look-alikes below must stay calm.
describe('families of phrasing', () => {
  test.each<[string, SignalName]>([
    // broken promises, a problem that has dragged on, being asked again
    ['You promised me a refund last week and still nothing.', 'frustration'],
    ['The technician was promised for Tuesday but nobody showed up.', 'frustration'],
    ['My internet has been down for three days now.', 'frustration'],
    ['This bug has been going on since January.', 'frustration'],
    ['Now you want me to send the photos again?', 'frustration'],
    ['You are telling me to reset the router again, really?', 'frustration'],
    ['This is the fifth call I have made about this.', 'frustration'],
    // inconsistent answers, answering the same thing again
    ['The first agent told me yes, the next one said no. Still no refund.', 'frustration'],
    ['I already answered that in my previous message.', 'frustration'],
    ['Every time I call I get asked the exact same things.', 'frustration'],
    // giving up, nothing helping, sarcasm
    ['I give up, this is hopeless.', 'frustration'],
    ['Nothing you suggested worked.', 'frustration'],
    ['Oh perfect, the page crashed again. Just what I needed today.', 'frustration'],
    ["Thanks so much, now I can't even open my account.", 'frustration'],
    ['Your checkout is a total mess.', 'frustration'],
    ['How hard is it to send one email?', 'frustration'],
    ['I am running out of patience with this.', 'frustration'],
    ['I was on hold for an hour yesterday.', 'frustration'],
    // outrage and accusations
    ['That is absolutely outrageous, I want my money back.', 'anger'],
    ['This is a disgrace.', 'anger'],
    ['You took money I never authorised, are you kidding me?', 'anger'],
    ['Shame on them for treating pensioners like this.', 'anger'],
    ['Charging me twice is theft.', 'anger'],
    ["Don't you dare close this ticket.", 'anger'],
    ['They are lying about the warranty.', 'anger'],
    ['Why is this company such a scam?', 'anger'],
    ['Please hand my case over to a senior colleague.', 'threat_escalation'],
    ['Can you pass this up to your supervisor?', 'threat_escalation'],
    ['Everybody on Reddit is going to hear about this.', 'threat_complaint'],
    ['Believe me, the whole town is going to hear about this.', 'threat_complaint'],
    ['I want to talk to someone in your complaints department, now.', 'threat_escalation'],
    ['Your pricing is a scam and you know it.', 'anger'],
    // abuse at the agent in words outside the insult lists
    ['A trained parrot would do a better job than you lot.', 'abusive'],
    ['My little sister could do a better job than you.', 'abusive'],
    ['What sort of clown is running this chat?', 'abusive'],
    ['Am I chatting with a useless robot?', 'abusive'],
    ['Honestly, what an incompetent fool you are.', 'abusive'],
    // leaving, going public, someone senior
    ['We are taking our business to another supplier.', 'threat_churn'],
    ['If it is not sorted by Monday we are gone.', 'threat_churn'],
    ['Please end my subscription, I go to other provider.', 'threat_churn'],
    ["We won't renew the licence when it runs out.", 'threat_churn'],
    ['All my followers will hear about how you treat customers.', 'threat_complaint'],
    ['I will share a screenshot of this conversation online.', 'threat_complaint'],
    ['My review is going to be scathing.', 'threat_complaint'],
    ['Put me through to whoever is in charge.', 'threat_escalation'],
    ['I want a more senior colleague to look at this.', 'threat_escalation'],
    ["What is your supervisor's name?", 'threat_escalation'],
  ])('%s → %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });
});

describe('more families: answers that change, promises with a date, nobody knowing, insults by comparison', () => {
  test.each<[string, SignalName]>([
    ['Each rep tells me something different.', 'frustration'],
    ['You told me the same thing last Tuesday.', 'frustration'],
    ["That's what I was told yesterday as well.", 'frustration'],
    ['Somebody promised me a callback on Monday and nobody rang.', 'frustration'],
    ['No one here seems to have a clue about my refund.', 'frustration'],
    ['Nobody can explain why I was charged.', 'frustration'],
    ['We keep going round in circles.', 'frustration'],
    ['The refund is taking ages.', 'frustration'],
    ['Why does my card keep getting declined?', 'frustration'],
    ['Honestly you are about as useful as a screen door on a submarine.', 'abusive'],
    ['Do you even read what I write?', 'abusive'],
    ['Chatting with you is like talking to a brick wall.', 'abusive'],
    ['You have the attention span of a fruit fly.', 'abusive'],
    ["You're hopeless, find someone who knows what they're doing.", 'abusive'],
    ['Find me somebody who actually knows the product.', 'threat_escalation'],
    ['The line dropped again for the third time this week, so I am cancelling.', 'threat_churn'],
    ["I'm quitting. Goodbye.", 'threat_churn'],
    ['I will be contacting Trading Standards on Monday.', 'threat_legal'],
    ['This will be all over the internet by tomorrow.', 'threat_complaint'],
    ['Three transfers later I am still being passed around.', 'frustration'],
    ['Please stop sending me scripted answers.', 'frustration'],
    ['Could I have a straight answer for once?', 'frustration'],
    ['Why does it have to be so complicated to change an address?', 'frustration'],
    ["Sorry but I haven't got time for these games.", 'frustration'],
    ['Yet another delay, you must be joking.', 'frustration'],
    ['Your company has stolen my cash.', 'anger'],
    ['Frankly you are a disgrace.', 'abusive'],
    ['You are a sorry excuse for an agent.', 'abusive'],
    ["We're never coming back to this shop.", 'threat_churn'],
    ["I'm warning everybody in my street about you.", 'threat_complaint'],
    ['This conversation is going on TikTok tonight.', 'threat_complaint'],
    ['How can it even be legal to keep my deposit?', 'anger'],
    ['Are you deaf? I said the blue one.', 'abusive'],
    ['Clueless, the whole bunch of you.', 'abusive'],
    ['I got better answers from a magic 8-ball.', 'frustration'],
    ["Don't count on me to stay after this.", 'threat_churn'],
    ['I need a human please, this bot is going nowhere.', 'threat_escalation'],
    ['I am emailing the local newspaper about this.', 'threat_complaint'],
    ['I will make sure all my followers hear how this went.', 'threat_complaint'],
    ['honestly this is unaceptable', 'anger'],
    ['so fustrating, nothing works', 'frustration'],
    // sarcasm: performed praise with a problem and no fix, or praise taken back
    ['Oh wonderful, the courier left my parcel in the rain again.', 'frustration'],
    ['Amazing support, it only took you a month to answer.', 'frustration'],
    ['Wow, superb, the payment page crashed twice today.', 'frustration'],
    ['Thanks for solving it - not.', 'frustration'],
    // sarcastic praise opening a clause of its own, then a loss, a failure or nothing at all; praise said twice
    ['Great, just great.', 'frustration'],
    ['Lovely, just lovely, the box is soaked.', 'frustration'],
    ['Splendid. Another evening on hold and no answer.', 'frustration'],
    ['Well done, you managed to lose my parcel twice.', 'frustration'],
    ['Nice one, now the app logs out every five minutes.', 'frustration'],
    ['Perfect, so now I cannot sign in at all.', 'frustration'],
    ['Oh good, the scanner froze again.', 'frustration'],
    ['Marvellous, another weekend gone chasing a refund.', 'frustration'],
    ['Cheers, still no refund after three weeks.', 'frustration'],
    // insults by comparison or as a question, answers that contradict, going up the chain, a last order
    ['Is he always this dense, or only with me? Are you this slow too?', 'abusive'],
    ['You are about as much use as a paper umbrella.', 'abusive'],
    ['What a waste of a uniform you are.', 'abusive'],
    ['Monday the agent said one thing and on Tuesday the email said another.', 'frustration'],
    ['I sound like a broken record at this point.', 'frustration'],
    ['Please send this up the chain, I am done with first-line support.', 'threat_escalation'],
    ['This will be our last order from your shop.', 'threat_churn'],
    ["Don't bother renewing our licence next year.", 'threat_churn'],
    // a regulator by its initials, enforcing one's rights, writing to the top, no more bots, never again, no one
    // bothering, the end of one's wits
    ['We are taking this to the FCA next week.', 'threat_legal'],
    ['I know my rights and I will enforce them: I will enforce this.', 'threat_legal'],
    ['I shall be emailing your director tonight.', 'threat_escalation'],
    ['I do not want to chat with a robot any longer.', 'threat_escalation'],
    ['We will not be shopping here ever again.', 'threat_churn'],
    ['No one even bothered to reply to my letter.', 'frustration'],
    ["Honestly I'm at my wits end.", 'frustration'],
    // non-native English and chat spelling: asking again, another company, a lawyer case, the worst agent
    ['i already ask two times about this refund', 'frustration'],
    ['we change to other provider if no answer today', 'threat_churn'],
    ['my brother will start a lawyer case against your shop', 'threat_legal'],
    ['your the rudest agent in this company', 'abusive'],
    ['You are honestly terrible at this job.', 'abusive'],
    ['Stuck on hold 30 mins so far.', 'frustration'],
    ["The order status hasn't changed for a week.", 'frustration'],
    // insults outside the word lists, nerve, dragging on, taking it higher, letting everyone know, lost business
    ['Honestly you are the least helpful person I have ever spoken to.', 'abusive'],
    ['Who hired you, seriously?', 'abusive'],
    ['My five year old kid could do this quicker than you.', 'abusive'],
    ['Pull your head out of your arse and read my message.', 'abusive'],
    ['Your company has got some nerve charging me for this.', 'anger'],
    ['The refund has dragged on since spring.', 'frustration'],
    ['I want to take my case further, now.', 'threat_escalation'],
    ['I will make sure people know how this shop treats its customers.', 'threat_complaint'],
    ['Well, you are losing our business over twenty pounds.', 'threat_churn'],
    ['Fine, we will settle it in court then.', 'threat_legal'],
    // wasting someone's time or money
    ['Thanks a lot for wasting my whole morning.', 'frustration'],
    ['You have wasted so much of my time already.', 'frustration'],
    ['Why must I chase you every single week?', 'frustration'],
    ['Learn to spell, mate.', 'abusive'],
    ['Consider the subscription cancelled as of today.', 'threat_churn'],
    ['We are moving our whole team over to a rival tool.', 'threat_churn'],
  ])('%s → %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });

  test.each<string>([
    'Each plan gives you something different, which one has more storage?',
    'You told me the tracking number yesterday, thanks, it arrived.',
    'Nobody was home when the courier came, can I rebook?',
    'Does the wood stain take ages to dry?',
    'Can you actually read the attachment? It might be corrupted.',
    'Talking to you has been a pleasure, thank you.',
    'I am cancelling the order I placed this morning, I picked the wrong colour.',
    "I'll get someone who uses the account daily to send you the logs.",
    'my english is not good sorry, the tracking say delivered but no box here?',
    'The complaint page on our shop shows a blank screen, is the widget down?',
    'Is it legal to ship perfume to Canada?',
    'Can you send a thick envelope for the return?',
    'I am terribly sorry for the late reply, here is the photo.',
    'Oh wonderful, the missing parcel just arrived!',
    'Great support, my lost card was found within a day.',
    'Great, my parcel seems to be lost, could you check?',
    'Wow, amazing job, it works again.',
    'Could I get a straight answer on whether the blender is dishwasher safe? Thanks!',
    'Sorry to bother you, but could you resend the invoice?',
    'I hate to ask you again, but is the code still valid?',
    'Oops, my mistake, the parcel was with my neighbour.',
    'It kept getting stuck yesterday, but the update fixed it.',
    'Can I get a straight cable instead of the coiled one?',
    "I don't have time for a call today, can we do it by email?",
    'The bug did not come back after the update, thanks!',
    'I told my friends about your sale and they loved it.',
    'Where can I read your guide on going on Instagram Live with the camera?',
  ])('calm: %s', (text) => {
    expect(raised(text)).toEqual([]);
  });
});

describe('look-alikes stay calm', () => {
  test.each<string>([
    'The delivery was promised for Friday, is that still the plan?',
    'I have been a customer for years and love the app.',
    'This is the third item I am ordering from you, great quality.',
    'The second agent I spoke to was really helpful, thanks.',
    'I already answered the survey, thanks!',
    'Oh great, it works now! Thank you.',
    'Thanks so much, now I can log in again.',
    'That is insane value for the price, well done.',
    'Is it possible to move my business account to a new address?',
    'If it is fixed by Friday I will be out of the office anyway, so Monday works.',
    'My review of the blender is on your site, five stars.',
    'Who is the senior engineer on my ticket? Just curious.',
    'My dog is a trained monkey at this point, he opens the door himself.',
    'Stupid me, I entered the wrong card number. Can I fix it?',
    'My bad, I clicked the wrong size.',
    'I feel like a fool, the parcel was at my neighbour all along.',
    // anger at oneself, a question whether something is a scam, a repeat purchase
    'I am so annoyed with myself, I forgot to apply the voucher. Can it still be added?',
    'Honestly furious with myself, I threw the receipt away. Is a bank statement enough?',
    'Got a text asking for my card details, could this be a scam? It used your logo.',
    'Is this website a fraud or is it really your partner shop?',
    'Fourth time buying this jacket, still my favourite.',
    // real words near a threat word, a team or a branch, a question for a supervisor, a damage claim
    'Is your storage GDPR compliant? Our auditor needs to know.',
    'We use the managed plan, can it run on two servers?',
    'Could I speak with someone in your billing department about an invoice address?',
    'Is the manager of the Bristol shop around this afternoon? I left my scarf there.',
    'Would you check with your supervisor whether the student discount works online too?',
    'How do I make a claim for a parcel that arrived crushed? I have photos.',
    // sincere praise that mentions a problem that is gone, or says thanks with an apology
    'Great, no problem at all, thanks!',
    'I would like to move to a higher plan next month.',
    'We lost our business address in the move, can you update it?',
    'Could you put me through to your head of partnerships?',
    'Sorry to ask again, which plan did we agree on?',
    'Can I close the other account and keep this one?',
    'Is my savings account protected by the FCA?',
    'We bought it once and will order it again next year.',
    'We are leaving for a work trip on Friday, can you hold the parcel at the depot?',
    'This is my last payment on the instalment plan, right?',
    'Oh good, the new card arrived this morning.',
    'Perfect, now I can sign in again.',
    'Perfect, I cannot thank you enough.',
    'Lovely, the replacement arrived today after the first one was lost.',
    'Brilliant, thanks for fixing the double charge so fast.',
    'Nice one, sorry for the trouble earlier.',
    'Great service as always, see you next time.',
    "I don't want to waste your time, it's a quick one.",
    // someone else's feelings and violence in a story, a joke meant as one, the opposite as a plain word
    "My son says he's tired of the old theme, can I switch it back to the new one?",
    'She was so fed up with her old phone that she ordered two of yours.',
    'My nephew watched a film where they murder you in your sleep, can I set parental controls?',
    "Relax, I'm only joking. Can you send the invoice again?",
    'That was the joke in your advert, right? I loved it.',
    'The light turns on at the opposite end of the room, is that normal?',
  ])('%s', (text) => {
    expect(raised(text)).toEqual([]);
  });

  test.each<[string, SignalName]>([
    ['Please stop my plan from renewing automatically, I want to pay monthly instead.', 'threat_churn'],
    ['That is insane value for the price, well done.', 'anger'],
  ])('%s is not %s', (text, signal) => {
    expect(raised(text)).not.toContain(signal);
  });

  test.each<[string, SignalName]>([
    // the same words, said by the customer or aimed at the agent, keep their signal
    ["I'm tired of explaining this to every one of you.", 'frustration'],
    ['Honestly we are fed up with this app.', 'frustration'],
    ['I swear I will kill you if this happens again.', 'abusive'],
    ['Your colleague said the exact opposite on Monday.', 'frustration'],
    ['Your support is an absolute joke.', 'frustration'],
  ])('%s raises %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });

  test('a word for a criminal in a story is not abuse at the agent', () => {
    expect(
      raised('I wrote a crime novel about a rapist, can I print it through your service?'),
    ).not.toContain('abusive');
  });

  test('swearing in a good mood is not abuse; sarcasm and swearing at someone still are', () => {
    expect(raised('This update is f***ing brilliant, the export finally works!')).toEqual([]);
    expect(raised('Holy sh*t that was fast, amazing, thank you')).toEqual([]);
    expect(raised('Thanks a f***ing lot for the help.')).toContain('abusive');
    expect(raised('Great, you f***ing b*tch, you closed my ticket.')).toContain('abusive');
    expect(raised('Can you help me cancel my f***ing order')).toContain('abusive');
  });

  test('swearing about a thing is frustration, not abuse', () => {
    expect(raised('This damn router keeps dropping the connection, can you help?')).not.toContain('abusive');
  });
});
