// What the X replica says, in English and in Spanish. X translates every label and placeholder;
// its test ids and routes stay the same, which is what Guidepost reads.
import type { ReplicaLanguage } from '../shared/options';

export interface XWords {
  home: string;
  postNav: string;
  accountMenu: string;
  whatIsHappening: string;
  postYourReply: string;
  addAComment: string;
  addAnotherPost: string;
  postText: string;
  post: string;
  reply: string;
  postAll: string;
  replyingTo: string;
  close: string;
  createPost: string;
  addPhotos: string;
  addPost: string;
  removeMedia: string;
  conversation: string;
  homeTimeline: string;
  postHeading: string;
}

const EN: XWords = {
  home: 'Home',
  postNav: 'Post',
  accountMenu: 'Account menu',
  whatIsHappening: 'What is happening?!',
  postYourReply: 'Post your reply',
  addAComment: 'Add a comment',
  addAnotherPost: 'Add another post',
  postText: 'Post text',
  post: 'Post',
  reply: 'Reply',
  postAll: 'Post all',
  replyingTo: 'Replying to',
  close: 'Close',
  createPost: 'Create post',
  addPhotos: 'Add photos or video',
  addPost: 'Add post',
  removeMedia: 'Remove media',
  conversation: 'Conversation',
  homeTimeline: 'Home timeline',
  postHeading: 'Post',
};

const ES: XWords = {
  home: 'Inicio',
  postNav: 'Postear',
  accountMenu: 'Menú de la cuenta',
  whatIsHappening: '¿Qué está pasando?',
  postYourReply: 'Postea tu respuesta',
  addAComment: 'Añade un comentario',
  addAnotherPost: 'Añadir otro post',
  postText: 'Texto del post',
  post: 'Postear',
  reply: 'Responder',
  postAll: 'Postear todo',
  replyingTo: 'Respondiendo a',
  close: 'Cerrar',
  createPost: 'Crear post',
  addPhotos: 'Añadir fotos o video',
  addPost: 'Añadir post',
  removeMedia: 'Eliminar contenido multimedia',
  conversation: 'Conversación',
  homeTimeline: 'Cronología de Inicio',
  postHeading: 'Post',
};

export function xWords(language: ReplicaLanguage): XWords {
  return language === 'es' ? ES : EN;
}
