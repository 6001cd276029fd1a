require 'clarification'

Clarification.configure do |config| # expect: api-key-public-resource
  config.api_key = ENV.fetch('CLARIFAI_API_KEY') # expect: hardcoded-credential
  config.default_public_models = [:travel]
end
