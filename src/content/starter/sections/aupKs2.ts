import type { StarterSection } from '../StarterContentTypes';

/** AUP for key stage 2 pupils (about age 7 to 11), aimed at Flesch–Kincaid grade 4 to 5. */
export const aupKs2Section: StarterSection = {
  key: 'aup-ks2',
  title: 'Acceptable use agreement: key stage 2',
  summary:
    'Short first-person statements for pupils aged about 7 to 11, covering passwords, personal details, online friends, photos, AI and searching, and how the school checks their use. Read in class and co-signed by a parent or carer.',
  group: 'Aup',
  audience: 'KS2',
  statements: [
    {
      key: 'aup-ks2-permission',
      text: 'I ask an adult before I use a school device.',
      guidance:
        'Read the agreement with the class and talk through each line. Pupils sign it, and a parent or carer co-signs at home.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'supervision']
    },
    {
      key: 'aup-ks2-passwords',
      text: "I keep my passwords secret. I never use someone else's login.",
      guidance:
        'Pupils often share passwords with friends. Explain that a password is like a key, and that a trusted adult at home may know it.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'cyber']
    },
    {
      key: 'aup-ks2-private-details',
      text: 'I keep my details private. I do not share my address, phone number, school or photos of me in uniform.',
      guidance:
        'A school uniform can show where a child can be found. Link this line to lessons on privacy and location settings.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'privacy']
    },
    {
      key: 'aup-ks2-online-friends',
      text: 'I never meet up with someone I only know online. If someone asks me to, I tell an adult I trust.',
      guidance:
        'Explain that people online may not be who they say they are. Make sure pupils know they will be helped, not blamed, if they tell.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'contact']
    },
    {
      key: 'aup-ks2-secrets',
      text: 'I tell an adult if someone online asks me for a picture. I tell if they ask me to keep a secret too.',
      guidance:
        'Requests for secrecy and pictures are common grooming signs. This line gives pupils a simple rule to follow without needing to understand the full risk.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'contact', 'nudes']
    },
    {
      key: 'aup-ks2-kind',
      text: 'I am kind online. I do not send or share things that could hurt or upset someone.',
      guidance:
        'Link this line to your anti-bullying work. Talk about how sharing or liking an unkind post can also hurt.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'conduct', 'bullying']
    },
    {
      key: 'aup-ks2-photos',
      text: 'I ask before I take a photo or video of someone. I ask again before I share it.',
      guidance:
        "Pupils learn that other people have a say over images of themselves. This links to the school's rules on photographs.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'images']
    },
    {
      key: 'aup-ks2-worried',
      text: 'If something online worries me, I close it. Then I tell an adult straight away.',
      guidance:
        'Teach pupils to close the lid or turn the screen over rather than show friends. Reassure them that seeing something by accident is not their fault.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'content', 'reporting']
    },
    {
      key: 'aup-ks2-check-facts',
      text: 'I know that not everything online is true. Some pictures and videos are fake.',
      guidance:
        'This supports the critical-thinking content of the revised RSHE guidance. Use simple examples of edited or AI-made images.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'misinformation', 'ai']
    },
    {
      key: 'aup-ks2-ai',
      text: 'I only use AI tools when my teacher says I can. I say when I have used one.',
      guidance:
        'Pupils may meet AI in search engines, apps and games. Explain what AI is and why being honest about using it matters.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'ai']
    },
    {
      key: 'aup-ks2-age-limits',
      text: 'I know most social media apps are for people aged 13 and over.',
      guidance:
        'Say this without making pupils who already have accounts feel they cannot ask for help. The revised RSHE guidance asks schools to explain why age limits exist.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'social-media', 'age-limits']
    },
    {
      key: 'aup-ks2-school-checks',
      text: 'The school checks how I use its computers and the internet. This helps to keep me safe.',
      guidance:
        'The DfE standards expect users to be told that their use is monitored. Present it as part of how the school looks after pupils.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'monitoring', 'filtering']
    },
    {
      key: 'aup-ks2-care',
      text: 'I look after school devices. I tell an adult if something is broken.',
      guidance:
        'Pupils are more likely to report damage if they know they will not always be blamed. Adjust the wording to match your devices.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'devices']
    }
  ]
};
