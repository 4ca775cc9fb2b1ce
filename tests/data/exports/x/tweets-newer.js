window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861000000000000001"
          ],
          "editableUntil" : "2026-11-23T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AbCdEf1234",
            "expanded_url" : "https://cafelanora.es/carta",
            "display_url" : "cafelanora.es/carta",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "20",
      "id_str" : "1861000000000000001",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1861000000000000001",
      "created_at" : "Mon Nov 23 08:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Nueva carta de otoño &amp; tostadas https://t.co/AbCdEf1234",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861000000000000002"
          ],
          "editableUntil" : "2026-11-23T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "4",
      "id_str" : "1861000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861000000000000002",
      "created_at" : "Mon Nov 23 08:31:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Y el jueves, cata de cafés de Etiopía (2/2)",
      "lang" : "es",
      "in_reply_to_status_id_str" : "1861000000000000001",
      "in_reply_to_screen_name" : "cafelanora",
      "in_reply_to_user_id_str" : "99"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861000000000000003"
          ],
          "editableUntil" : "2026-11-23T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "1861000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861000000000000003",
      "created_at" : "Tue Nov 24 17:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@otra_cuenta ¡Gracias por venir!",
      "lang" : "es",
      "in_reply_to_status_id_str" : "1861000000000000001",
      "in_reply_to_screen_name" : "otra_cuenta",
      "in_reply_to_user_id_str" : "99"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861000000000000004"
          ],
          "editableUntil" : "2026-11-23T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1861000000000000004",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1861000000000000004",
      "created_at" : "Wed Nov 25 12:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @valenciacafe: Los mejores cafés de Valencia…",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861000000000000005"
          ],
          "editableUntil" : "2026-11-23T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "1861000000000000005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1861000000000000005",
      "created_at" : "Thu Nov 26 08:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Hoy abrimos a las 8 &lt;3",
      "lang" : "es"
    }
  }
]