// What the Facebook replica says, in English and in French: every label a writer (and Guidepost)
// sees. These are the replica's own words, written as the site shows them; the adapter keeps its
// own tables, so a test in French proves the adapter, not a shared list.
import type { ReplicaLanguage } from '../shared/options';

export interface FacebookWords {
  yourProfile: string;
  createAPost: string;
  whatsOnYourMind: (first: string) => string;
  createPost: string;
  close: string;
  post: string;
  next: string;
  postSettings: string;
  settingsNote: string;
  privacy: (audience: string) => string;
  audiences: Record<'Public' | 'Friends' | 'Only me' | 'Custom', string>;
  postAudience: string;
  addToYourPost: string;
  photoVideo: string;
  removeAttachment: string;
  like: string;
  leaveAComment: string;
  comment: string;
  writeAComment: string;
  commentAs: (name: string) => string;
  comments: string;
  mentions: string;
}

const EN: FacebookWords = {
  yourProfile: 'Your profile',
  createAPost: 'Create a post',
  whatsOnYourMind: (first) => `What's on your mind, ${first}?`,
  createPost: 'Create post',
  close: 'Close',
  post: 'Post',
  next: 'Next',
  postSettings: 'Post settings',
  settingsNote: 'Schedule, boost and share to your story.',
  privacy: (audience) => `Edit privacy. Sharing with ${audience}.`,
  audiences: { Public: 'Public', Friends: 'Friends', 'Only me': 'Only me', Custom: 'Custom' },
  postAudience: 'Post audience',
  addToYourPost: 'Add to your post',
  photoVideo: 'Photo/video',
  removeAttachment: 'Remove post attachment',
  like: 'Like',
  leaveAComment: 'Leave a comment',
  comment: 'Comment',
  writeAComment: 'Write a comment…',
  commentAs: (name) => `Comment as ${name}`,
  comments: 'Comments',
  mentions: 'Suggestions',
};

const FR: FacebookWords = {
  yourProfile: 'Votre profil',
  createAPost: 'Créer une publication',
  whatsOnYourMind: (first) => `Que voulez-vous dire, ${first} ?`,
  createPost: 'Créer une publication',
  close: 'Fermer',
  post: 'Publier',
  next: 'Suivant',
  postSettings: 'Paramètres de publication',
  settingsNote: 'Programmer, booster et partager dans votre story.',
  privacy: (audience) => `Modifier la confidentialité. Partagé avec ${audience}.`,
  audiences: { Public: 'Public', Friends: 'Amis', 'Only me': 'Moi uniquement', Custom: 'Personnalisé' },
  postAudience: 'Public de la publication',
  addToYourPost: 'Ajouter à votre publication',
  photoVideo: 'Photo/vidéo',
  removeAttachment: 'Supprimer la pièce jointe de la publication',
  like: 'J’aime',
  leaveAComment: 'Laisser un commentaire',
  comment: 'Commenter',
  writeAComment: 'Écrivez un commentaire…',
  commentAs: (name) => `Commenter en tant que ${name}`,
  comments: 'Commentaires',
  mentions: 'Suggestions',
};

export function facebookWords(language: ReplicaLanguage): FacebookWords {
  return language === 'fr' ? FR : EN;
}
