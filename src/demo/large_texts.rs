//! The words the large demo builds its posts, messages, mentions and people from: Spanish and
//! English, with accents and emoji.

pub(super) const SUBJECTS_ES: &[&str] = &[
    "El café de La Ñora",
    "El cortado de Russafa",
    "La tostadora nueva",
    "El pedido de ayer",
    "El flat white",
    "La cafetería de la plaza",
    "El Etiopía Guji",
    "El brunch del domingo",
];
pub(super) const SUBJECTS_EN: &[&str] = &[
    "The coffee at La Ñora",
    "My morning cortado",
    "Their new roaster",
    "Yesterday's order",
    "The flat white",
    "This Valencia café",
    "The Ethiopia Guji",
    "Sunday brunch",
];
pub(super) const PRAISE_ES: &[&str] = &[
    "está buenísimo ☕",
    "me encanta 🧡",
    "es increíble, repetiré",
    "sabe a gloria 😍",
];
pub(super) const PRAISE_EN: &[&str] = &[
    "is amazing ☕",
    "made my day 🧡",
    "is the best in town",
    "tastes wonderful 😍",
];
pub(super) const PLAIN_ES: &[&str] = &[
    "abre a las ocho",
    "tiene nueva carta",
    "está en Russafa",
    "cambia de horario",
];
pub(super) const PLAIN_EN: &[&str] = &[
    "opens at eight",
    "has a new menu",
    "is in Russafa",
    "changed its hours",
];
pub(super) const BLAME_ES: &[&str] = &[
    "llegó tarde otra vez 😡",
    "estaba frío, qué decepción",
    "no me contestan",
    "es carísimo",
];
pub(super) const BLAME_EN: &[&str] = &[
    "arrived late again 😡",
    "was cold, so disappointing",
    "nobody answers",
    "is overpriced",
];
pub(super) const MESSAGE_BODIES: &[&str] = &[
    "Hola, ¿hacéis envíos a Canarias?",
    "¿Tenéis opciones sin lactosa?",
    "Mi pedido no ha llegado 😕",
    "Hi! Do you ship to France?",
    "¿A qué hora abrís el sábado?",
    "Gracias por el café de ayer, ¡brutal! ☕",
    "Can I book a table for six?",
    "El paquete llegó abierto, ¿qué hago?",
    "¿Vendéis tarjetas regalo?",
];
pub(super) const FIRST_NAMES: &[&str] = &[
    "Lucía", "Martín", "Ñuria", "José", "Aitana", "Óscar", "Chloé", "Iñaki", "Zoë", "Amparo",
    "Rubén", "Inés",
];
pub(super) const LAST_NAMES: &[&str] = &[
    "García",
    "Martínez",
    "Peña",
    "Ibáñez",
    "Soler",
    "Müller",
    "O'Brien",
    "Ferrer",
    "Núñez",
];
pub(super) const SOURCES: &[&str] = &[
    "x",
    "instagram",
    "web",
    "reddit",
    "tripadvisor",
    "google",
    "mastodon",
    "bluesky",
];
