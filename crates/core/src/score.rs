//! A score and its explanation: what the `score` crate makes and the presenting crates render,
//! here so that they need not depend on the scorer.
use serde::{Deserialize, Serialize};

/// How well an item fits a brand profile, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// The weighted sum of the components, penalties subtracted, divided by the sum of the
    /// positive weights, then the curator's adjustments added: in [0, 1].
    pub value: f64,
    /// Every component that applies, in a fixed order, whether it contributed or not:
    /// coverage, engagement, novelty and exemplar only where their input is known, the
    /// curator's only once there are decisions.
    pub components: Vec<Component>,
}

impl Score {
    /// The component of this kind.
    pub fn component(&self, kind: ComponentKind) -> Option<&Component> {
        self.components.iter().find(|c| c.kind == kind)
    }
}

/// One part of a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    /// Which part.
    pub kind: ComponentKind,
    /// Its value, in [0, 1].
    pub value: f64,
    /// Its weight in the sum (a penalty's is subtracted).
    pub weight: f64,
    /// What the value was computed from, in words a curator reads.
    pub evidence: Vec<String>,
}

/// The parts of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    /// How much the item is about the profile's topics.
    Topic,
    /// Whether the item names the brand.
    BrandMention,
    /// How recent the item is.
    Freshness,
    /// How much the item's source is trusted.
    SourceAuthority,
    /// Whether the item is in one of the profile's languages.
    LanguageFit,
    /// A penalty: the item has a term the brand avoids.
    Avoid,
    /// A penalty: the item names a competitor and not the brand.
    CompetitorOnly,
    /// How many distinct sources cover the item's story.
    Coverage,
    /// How far the item reached (likes, shares, views), where the feed carries it.
    Engagement,
    /// How much the item resembles the profile's exemplars, the items the brand calls
    /// on-voice.
    Exemplar,
    /// Whether the item's story is not already published.
    Novelty,
    /// What the curator's approvals add: outside the weighted mean, present only once there
    /// are decisions.
    CuratorApproval,
    /// What the curator's rejections take away: outside the weighted mean, present only
    /// once there are decisions.
    CuratorRejection,
}

impl ComponentKind {
    /// Whether the component is subtracted.
    pub fn is_penalty(self) -> bool {
        matches!(
            self,
            ComponentKind::Avoid | ComponentKind::CompetitorOnly | ComponentKind::CuratorRejection
        )
    }

    /// Whether the component is added to (or subtracted from) the weighted mean rather than
    /// being part of it: what the curator taught.
    pub fn is_adjustment(self) -> bool {
        matches!(
            self,
            ComponentKind::CuratorApproval | ComponentKind::CuratorRejection
        )
    }

    /// Its name in JSON and in profiles' `[weights]`.
    pub fn name(self) -> &'static str {
        match self {
            ComponentKind::Topic => "topic",
            ComponentKind::BrandMention => "brand_mention",
            ComponentKind::Freshness => "freshness",
            ComponentKind::SourceAuthority => "source_authority",
            ComponentKind::LanguageFit => "language_fit",
            ComponentKind::Avoid => "avoid",
            ComponentKind::CompetitorOnly => "competitor_only",
            ComponentKind::Coverage => "coverage",
            ComponentKind::Engagement => "engagement",
            ComponentKind::Exemplar => "exemplar",
            ComponentKind::Novelty => "novelty",
            ComponentKind::CuratorApproval => "curator_approval",
            ComponentKind::CuratorRejection => "curator_rejection",
        }
    }
}
